package org.openbudget.asset.holding;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.Finding;
import org.openbudget.asset.validation.Severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldingRulesTest {

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static final AreaRow BLANK_AREA = new AreaRow(null, null);
    private static final CountRow BLANK_COUNT = new CountRow(null, null);

    /** The seed's table in 万元: 947.09 = 车辆 138.26 + 其他 808.83. */
    private static HoldingDto seed(String total, CountRow vehicles) {
        return table(total, BLANK_AREA, BLANK_AREA, vehicles, new CountRow(568L, d("808.83")), null);
    }

    private static HoldingDto table(String total, AreaRow buildings, AreaRow office, CountRow vehicles, CountRow other,
                                    List<RegisterItem> register) {
        return new HoldingDto("434", LocalDate.of(2021, 12, 31), AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, d(total),
                buildings, office, vehicles, BLANK_COUNT, other, register, null, 1, null);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void theSeedTableHasNoFinding() {
        assertEquals(List.of(), HoldingRules.check(seed("947.09", new CountRow(8L, d("138.26")))));
    }

    @Test
    void aTotalOffByOneHundredthPerCellIsRoundingAndMoreIsAnError() {
        List<Finding> rounding = HoldingRules.check(seed("947.10", new CountRow(8L, d("138.26"))));
        assertEquals(List.of(HoldingRules.TOTAL), rules(rounding));
        assertEquals(Severity.ROUNDING_INFO, rounding.get(0).severity());
        assertEquals(d("947.09"), rounding.get(0).expected());

        List<Finding> error = HoldingRules.check(seed("950.00", new CountRow(8L, d("138.26"))));
        assertEquals(Severity.ERROR, error.get(0).severity());
        assertEquals("totalValue", error.get(0).field());
        assertEquals(d("950.00"), error.get(0).actual());

        List<Finding> blankTotal = HoldingRules.check(seed(null, new CountRow(8L, d("138.26"))));
        assertEquals(List.of(HoldingRules.TOTAL), rules(blankTotal));
    }

    @Test
    void negativeCountsAndValuesAreInputErrors() {
        List<Finding> findings = HoldingRules.check(seed("947.09", new CountRow(-8L, d("-138.26"))));
        assertEquals(List.of("vehicles.quantity", "vehicles.value"), findings.stream().map(Finding::field).toList());
        assertTrue(findings.stream().allMatch(HoldingRules::rejectsInput));
    }

    @Test
    void officeSpaceCannotExceedTheBuildings() {
        HoldingDto h = table("100.00", new AreaRow(d("500.00"), d("100.00")), new AreaRow(d("600.00"), d("80.00")),
                BLANK_COUNT, BLANK_COUNT, null);
        List<Finding> findings = HoldingRules.check(h);
        assertEquals(List.of(HoldingRules.OFFICE_WITHIN_BUILDINGS), rules(findings));
        assertEquals("officeBuildings.quantity", findings.get(0).field());
    }

    @Test
    void aQuantityWithoutValueIsAWarning() {
        List<Finding> findings = HoldingRules.check(seed("808.83", new CountRow(8L, null)));
        assertEquals(List.of(HoldingRules.ROW_PAIR), rules(findings));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void registerCardsMustBeWellFormedAndTheTableMustEqualTheRegister() {
        RegisterItem car = new RegisterItem(null, "轿车", RegisterCategory.VEHICLE, null, d("1"), d("18.00"), null, null);
        RegisterItem halfDesk = new RegisterItem(null, "桌", RegisterCategory.OTHER, null, d("1.5"), d("0.10"), null, true);
        List<Finding> bad = HoldingRules.check(table("18.10", BLANK_AREA, BLANK_AREA, new CountRow(1L, d("18.00")),
                new CountRow(1L, d("0.10")), List.of(car, halfDesk)));
        assertEquals(List.of("register[0].use", "register[1].officeSpace", "register[1].quantity"),
                bad.stream().map(Finding::field).toList());
        assertTrue(bad.stream().allMatch(HoldingRules::rejectsInput));

        RegisterItem goodCar = new RegisterItem(null, "轿车", RegisterCategory.VEHICLE, null, d("1"), d("18.00"),
                VehicleUse.GENERAL_OFFICIAL, null);
        List<Finding> mismatch = HoldingRules.check(table("36.00", BLANK_AREA, BLANK_AREA, new CountRow(2L, d("36.00")),
                BLANK_COUNT, List.of(goodCar)));
        assertEquals(List.of("totalValue", "vehicles.quantity", "vehicles.value"), mismatch.stream().map(Finding::field).toList());
        assertTrue(mismatch.stream().allMatch(f -> f.rule().equals(HoldingRules.REGISTER_TOTALS) && f.severity() == Severity.ERROR));
    }
}
