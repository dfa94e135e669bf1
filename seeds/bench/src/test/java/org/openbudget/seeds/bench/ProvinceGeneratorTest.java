package org.openbudget.seeds.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.Json;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalLine;

class ProvinceGeneratorTest {

    private static Catalog catalog() throws Exception {
        return Catalog.shipped(2022);
    }

    @Test
    void sameSeedGivesTheSameProvinceAndAnotherSeedAnother() throws Exception {
        List<DepartmentYear> a = new ProvinceGenerator(catalog(), 7).province(2, 5, 2031);
        List<DepartmentYear> b = new ProvinceGenerator(catalog(), 7).province(2, 5, 2031);
        List<DepartmentYear> c = new ProvinceGenerator(catalog(), 8).province(2, 5, 2031);
        assertEquals(10, a.size());
        assertEquals(Json.compact(a), Json.compact(b));
        assertNotEquals(Json.compact(a.get(0).budget()), Json.compact(c.get(0).budget()));
        assertEquals("135001", a.get(0).regionCode());
        assertEquals("135002", a.get(9).regionCode());
    }

    @Test
    void everyParentIsTheSumOfItsChildrenAndTheTotalsAddUp() throws Exception {
        Catalog catalog = catalog();
        for (DepartmentYear dy : new ProvinceGenerator(catalog, 42).province(3, 10, 2031)) {
            BudgetContent b = dy.budget();
            Map<String, BigDecimal> basic = new HashMap<>();
            Map<String, BigDecimal> project = new HashMap<>();
            for (FunctionalLine line : b.functional().lines()) {
                assertEquals(catalog.functionalNames().get(line.code()), line.name(), line.code());
                basic.put(line.code(), nz(line.expenditure().generalBudget().basic()));
                project.put(line.code(), nz(line.expenditure().generalBudget().project()));
                assertEquals(basic.get(line.code()).add(project.get(line.code())), line.revenue().appropriation(), line.code());
            }
            BigDecimal classBasic = BigDecimal.ZERO;
            BigDecimal classProject = BigDecimal.ZERO;
            for (String code : basic.keySet()) {
                int childLength = code.length() == 3 ? 5 : code.length() == 5 ? 7 : 0;
                if (childLength == 0) {
                    continue;
                }
                BigDecimal b0 = BigDecimal.ZERO;
                BigDecimal p0 = BigDecimal.ZERO;
                for (String child : basic.keySet()) {
                    if (child.length() == childLength && child.startsWith(code)) {
                        b0 = b0.add(basic.get(child));
                        p0 = p0.add(project.get(child));
                    }
                }
                assertEquals(basic.get(code), b0, "basic of " + code);
                assertEquals(project.get(code), p0, "project of " + code);
                if (code.length() == 3) {
                    classBasic = classBasic.add(basic.get(code));
                    classProject = classProject.add(project.get(code));
                }
            }
            ExpenditureByType total = b.functional().total().expenditure().generalBudget();
            assertEquals(nz(total.basic()), classBasic);
            assertEquals(nz(total.project()), classProject);
            assertEquals(b.revenue().generalBudget(), classBasic.add(classProject));

            Map<String, BigDecimal> economic = new HashMap<>();
            for (EconomicLine line : b.economic().lines()) {
                economic.put(line.code(), line.personnel() != null ? line.personnel() : line.publicUse());
            }
            for (String cls : List.of("301", "302", "303")) {
                BigDecimal children = economic.entrySet().stream().filter(e -> e.getKey().length() == 5 && e.getKey().startsWith(cls))
                        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(economic.getOrDefault(cls, BigDecimal.ZERO), children, "children of " + cls);
            }
            assertEquals(b.economic().total().personnel(),
                    economic.get("301").add(economic.getOrDefault("303", BigDecimal.ZERO)));
            assertEquals(b.economic().total().publicUse(), economic.get("302"));
            assertEquals(classBasic, b.economic().total().personnel().add(b.economic().total().publicUse()));
            assertTrue(b.revenue().generalBudget().compareTo(new BigDecimal("50.00")) >= 0);
            // table 9 agrees with table 6: 公务接待费 = 30217, 公务用车运行维护费 = 30231, parents are sums
            Map<String, BigDecimal> threePublic = new HashMap<>();
            b.threePublic().forEach(l -> threePublic.put(l.item().wireName(), l.generalBudget()));
            assertEquals(economic.getOrDefault("30217", BigDecimal.ZERO.setScale(2)), threePublic.get("reception"), dy.code());
            assertEquals(economic.getOrDefault("30231", BigDecimal.ZERO.setScale(2)), threePublic.get("vehicleOperation"), dy.code());
            assertEquals(threePublic.get("vehicleOperation"), threePublic.get("vehicle"));
            assertEquals(threePublic.get("vehicle").add(threePublic.get("reception")), threePublic.get("subtotal"));
            assertEquals(threePublic.get("subtotal"), threePublic.get("total"));
        }
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }
}
