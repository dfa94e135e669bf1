package org.openbudget.disclosure.validation;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.classification.CodeChange;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on small hand-made budgets in 元 (figures chosen so the sums are easy to check by hand). */
class BudgetValidatorTest {

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static FunctionalLine line(String code, String name, String basic) {
        return new FunctionalLine(code, name, new FunctionalRevenue(d(basic), null, null, null, null, null, null, null),
                new FunctionalExpenditure(new ExpenditureByType(d(basic), null, null, null, null), null, null, null));
    }

    /** 201 = 20103 = 2010301 1000.00 + 2010302 500.00; table 6 301 1000.00 (30101), 302 500.00 (30201). */
    private static BudgetContent balanced(String class201, String wages, List<ThreePublicLine> threePublic) {
        return new BudgetContent(AmountUnit.YUAN,
                new Revenue(d("1500.00"), null, null, null, null, null, null, null, null), null,
                new FunctionalSection(null, List.of(line("201", "一般公共服务支出", class201),
                        line("20103", "政府办公厅（室）及相关机构事务", "1500.00"),
                        line("2010301", "行政运行", "1000.00"), line("2010302", "一般行政管理事务", "500.00"))),
                new EconomicSection(new EconomicFigures(d("1000.00"), d("500.00")), List.of(
                        new EconomicLine("301", "工资福利支出", d(wages), null),
                        new EconomicLine("30101", "基本工资", d("1000.00"), null),
                        new EconomicLine("302", "商品和服务支出", null, d("500.00")),
                        new EconomicLine("30201", "办公费", null, d("500.00")))),
                threePublic, List.of());
    }

    /** A hand-made 2022 catalog: code → name, verified unless its name ends in "?". */
    private record TestCatalog(Map<String, CodeName> names) implements CodeCatalog {

        static TestCatalog empty() {
            return new TestCatalog(Map.of());
        }

        static TestCatalog of(String... codeAndName) {
            Map<String, CodeName> names = new LinkedHashMap<>();
            for (int i = 0; i < codeAndName.length; i += 2) {
                String name = codeAndName[i + 1];
                names.put(codeAndName[i], new CodeName(name.replace("?", ""), !name.endsWith("?")));
            }
            return new TestCatalog(names);
        }

        @Override
        public boolean isEmpty() {
            return names.isEmpty();
        }

        @Override
        public int year() {
            return 2022;
        }

        @Override
        public int requestedYear() {
            return 2022;
        }

        @Override
        public Optional<CodeChange> retirement(String code) {
            return Optional.empty();
        }

        @Override
        public Optional<CodeChange> addition(String code) {
            return Optional.empty();
        }
    }

    private record Report(List<Finding> findings) {
    }

    private static Report validate(BudgetContent content, AmountUnit inputUnit, CodeCatalog functional) {
        return new Report(BudgetValidator.findings(new ValidationInput(content, inputUnit, functional, TestCatalog.empty())));
    }

    private static List<String> rules(Report report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).map(f -> f.rule() + " " + f.subject()).toList();
    }

    @Test
    void aConsistentBudgetHasNoFinding() {
        Report report = validate(balanced("1500.00", "1000.00", List.of()), AmountUnit.YUAN,
                TestCatalog.empty());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void figuresEnteredInYuanAreExactSoOneFenIsAnError() {
        Report report = validate(balanced("1500.01", "1000.00", List.of()), AmountUnit.YUAN,
                TestCatalog.empty());
        assertTrue(rules(report, Severity.ERROR).contains("functional.parent-sum 201 一般公共服务支出"), report.toString());
        Finding f = report.findings().stream().filter(x -> x.subject().startsWith("201 ")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.01"), f.figures().get(0).difference());
        assertEquals(new BigDecimal("0.00"), f.figures().get(0).tolerance());
    }

    @Test
    void in10kYuanAGapOfOneCentPerSummedCellIsRoundingAndMoreIsAnError() {
        // 20103 has 2 children: 0.02 万元 (200 元) is rounding, 0.03 万元 is not
        BudgetContent within = balanced("1500.00", "1000.00", List.of());
        within = replace20103(within, "1700.00");
        Report ok = validate(within, AmountUnit.WAN_YUAN, TestCatalog.empty());
        assertEquals(List.of("functional.parent-sum 20103 政府办公厅（室）及相关机构事务"), rules(ok, Severity.ROUNDING_INFO));
        Report bad = validate(replace20103(within, "1800.00"), AmountUnit.WAN_YUAN, TestCatalog.empty());
        assertTrue(rules(bad, Severity.ERROR).contains("functional.parent-sum 20103 政府办公厅（室）及相关机构事务"));
    }

    private static BudgetContent replace20103(BudgetContent c, String amount) {
        List<FunctionalLine> lines = c.functional().lines().stream()
                .map(l -> l.code().equals("20103") ? line("20103", l.name(), amount) : l).toList();
        return new BudgetContent(c.unit(), c.revenue(), c.carryOver(), new FunctionalSection(null, lines), c.economic(),
                c.threePublic(), c.priorYear());
    }

    @Test
    void personnelMustBe301Plus303AndTable6MustMatchTable5() {
        Report report = validate(balanced("1500.00", "900.00", List.of()), AmountUnit.YUAN,
                TestCatalog.empty());
        List<String> errors = rules(report, Severity.ERROR);
        assertTrue(errors.contains("economic.parent-sum 301 工资福利支出"), errors.toString());
        assertTrue(errors.contains("economic.total-sum 合计 (table 6)"), errors.toString());
        assertTrue(errors.contains("economic.personnel 人员经费"), errors.toString());
    }

    @Test
    void threePublicParentsMustAddUpAndShouldMatchTheEconomicRows() {
        List<ThreePublicLine> lines = List.of(
                new ThreePublicLine(ThreePublicItem.SUBTOTAL, d("300.00"), null, null),
                new ThreePublicLine(ThreePublicItem.RECEPTION, d("100.00"), null, null),
                new ThreePublicLine(ThreePublicItem.VEHICLE_OPERATION, d("150.00"), null, null));
        Report report = validate(balanced("1500.00", "1000.00", lines), AmountUnit.YUAN,
                TestCatalog.empty());
        Finding subtotal = report.findings().stream().filter(f -> f.rule().equals("three-public.parent-sum")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, subtotal.severity());
        assertEquals(new BigDecimal("250.00"), subtotal.figures().get(0).expected(), "100.00 + 150.00 (vehicle derived)");
        assertEquals(List.of("three-public.economic 三、公务接待费", "three-public.economic 公务用车运行维护费"),
                rules(report, Severity.WARNING).stream().sorted().toList(), "no 30217 / 30231 rows in table 6");
    }

    @Test
    void missingParentsAreErrorsUnknownCodesAndOtherNamesWarnings() {
        BudgetContent c = balanced("1500.00", "1000.00", List.of());
        List<FunctionalLine> lines = new java.util.ArrayList<>(c.functional().lines());
        lines.add(line("2089901", "其他社会保障和就业支出", null));
        BudgetContent withOrphan = new BudgetContent(c.unit(), c.revenue(), c.carryOver(), new FunctionalSection(null, lines),
                c.economic(), c.threePublic(), c.priorYear());
        TestCatalog catalog = TestCatalog.of("201", "一般公共服务支出", "20103", "政府办公厅(室)及相关机构事务",
                "2010301", "行政运行", "2010302", "一般行政管理?");
        Report report = validate(withOrphan, AmountUnit.YUAN, catalog);
        assertEquals(List.of("functional.parent-missing 2089901 其他社会保障和就业支出"), rules(report, Severity.ERROR));
        assertEquals(List.of("functional.code-unknown 2089901 其他社会保障和就业支出", "functional.name-differs 2010302 一般行政管理事务"),
                rules(report, Severity.WARNING), "half-width brackets are the same name; a different name is a warning");
    }
}
