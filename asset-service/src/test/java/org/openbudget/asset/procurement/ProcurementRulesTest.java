package org.openbudget.asset.procurement;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.Finding;
import org.openbudget.asset.validation.Severity;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcurementRulesTest {

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static ItemDto line(String project, String budget, String code, ProcurementKind kind, String quantity,
                                String unitPrice, String amount, Funding funding, String sme, AmountUnit entered) {
        return new ItemDto(1, project, d(budget), "物品", code, kind, "台", d(quantity), d(unitPrice), d(amount), funding,
                d(sme), false, entered);
    }

    private static Funding general(String amount) {
        return new Funding(d(amount), null, null, null, null, null, null);
    }

    private static ItemDto yuan(String quantity, String unitPrice, String amount, Funding funding, String sme) {
        return line(null, null, "A02021001", ProcurementKind.GOODS, quantity, unitPrice, amount, funding, sme, AmountUnit.YUAN);
    }

    private static List<Finding> check(ItemDto... items) {
        return ProcurementRules.check(List.of(items), AmountUnit.YUAN, "items");
    }

    @Test
    void aConsistentLineHasNoFinding() {
        assertEquals(List.of(), check(yuan("3", "2350.50", "7051.50", general("7051.50"), "7051.50")));
        // 0.5 × 0.01 = 0.005 rounds to the fen 0.01
        assertEquals(List.of(), check(yuan("0.5", "0.01", "0.01", general("0.01"), null)));
    }

    @Test
    void aWrongLineTotalIsAnErrorWithBothFigures() {
        List<Finding> findings = check(yuan("3", "2350.50", "7015.50", general("7015.50"), null));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(ProcurementRules.LINE_TOTAL, f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("items[0].amount", f.field());
        assertEquals(d("7051.50"), f.expected());
        assertEquals(d("7015.50"), f.actual());
    }

    @Test
    void fundingMustAddUpToTheLineTotal() {
        Funding split = new Funding(d("5000.00"), null, null, null, d("2000.00"), null, null);
        List<Finding> findings = check(yuan("3", "2350.50", "7051.50", split, null));
        assertEquals(List.of(ProcurementRules.FUNDING_SUM), findings.stream().map(Finding::rule).toList());
        assertEquals(d("7000.00"), findings.get(0).actual());
        // 万元 lines: two rounded funding cells may miss by 0.02
        ItemDto wan = line(null, null, null, ProcurementKind.SERVICES, null, null, "1.00",
                new Funding(d("0.33"), null, null, null, d("0.66"), null, null), null, AmountUnit.WAN_YUAN);
        List<Finding> rounding = ProcurementRules.check(List.of(wan), AmountUnit.WAN_YUAN, "items");
        assertEquals(Severity.ROUNDING_INFO, rounding.get(0).severity());
    }

    @Test
    void theSmeShareCannotExceedTheLine() {
        List<Finding> findings = check(yuan("1", "100.00", "100.00", general("100.00"), "100.01"));
        assertEquals(List.of(ProcurementRules.SME_SHARE), findings.stream().map(Finding::rule).toList());
        assertEquals("items[0].smeReserved", findings.get(0).field());
    }

    @Test
    void catalogLetterAndProjectBudgetAreWarnings() {
        ItemDto works = line("维修", "100.00", "C1204", ProcurementKind.WORKS, null, null, "60.00", general("60.00"), null, AmountUnit.YUAN);
        ItemDto more = line("维修", "100.00", "B0703", ProcurementKind.WORKS, null, null, "50.00", general("50.00"), null, AmountUnit.YUAN);
        List<Finding> findings = check(works, more);
        assertEquals(List.of(ProcurementRules.KIND_CATALOG, ProcurementRules.PROJECT_BUDGET),
                findings.stream().map(Finding::rule).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals(d("110.00"), findings.get(1).actual());
    }

    @Test
    void negativeFiguresAreInputErrors() {
        Funding negative = new Funding(d("-1.00"), null, null, null, null, null, null);
        List<Finding> findings = check(yuan("-3", "2350.50", "7051.50", negative, null));
        assertEquals(List.of("items[0].quantity", "items[0].funding.generalBudget"), findings.stream().map(Finding::field).toList());
        assertTrue(findings.stream().allMatch(ProcurementRules::rejectsInput));
    }
}
