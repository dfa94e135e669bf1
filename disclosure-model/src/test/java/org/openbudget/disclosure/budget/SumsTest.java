package org.openbudget.disclosure.budget;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.SeedBudget;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.table.DisclosureTables;
import org.openbudget.disclosure.table.TableInput;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.openbudget.disclosure.SeedBudget.three;
import static org.openbudget.disclosure.SeedBudget.yuan;

/**
 * The derived figures, and the decisions where budget-service's and aggregation-service's copies disagreed (#15).
 * Amounts in 元 written as 万元 via {@link SeedBudget#yuan}.
 */
class SumsTest {

    private static BudgetContent withThreePublic(ThreePublicLine... lines) {
        return SeedBudget.content(FunctionalSection.EMPTY, EconomicSection.EMPTY, List.of(lines));
    }

    private static BigDecimal general(Map<ThreePublicItem, ThreePublicLine> rows, ThreePublicItem item) {
        return rows.get(item).generalBudget();
    }

    @Test
    void aFunctionalTotalNotGivenIsTheSumOfTheClassRowsOnly() {
        FunctionalFigures total = Sums.functionalTotal(SeedBudget.contentWithoutTotals());
        // 类 rows only (款 and 项 would count twice): 296.93 + 35.07 + 25.50 + 20.00 + 16.79
        assertEquals(yuan("394.29"), total.revenue().appropriation());
        assertEquals(yuan("336.29"), Sums.expenditureOf(total).get(Fund.GENERAL_BUDGET, ExpenditureType.BASIC));
        assertEquals(yuan("58.00"), Sums.expenditureOf(total).get(Fund.GENERAL_BUDGET, ExpenditureType.PROJECT));
        assertNull(Sums.expenditureOf(total).get(Fund.GOVERNMENT_FUND, ExpenditureType.BASIC), "blank stays blank, not 0");
    }

    @Test
    void aStatedTotalIsKeptAsPrinted() {
        // a 万元 document rounds its 合计 by itself: 394.30, not the 394.29 of its rounded rows
        assertEquals(yuan("394.30"), Sums.functionalTotal(SeedBudget.content()).revenue().appropriation());
        assertEquals(new EconomicFigures(yuan("288.65"), yuan("47.65")), Sums.economicTotal(SeedBudget.content()));
    }

    /**
     * Decision (2), #15: a stated 合计 whose cells are all blank is no 合计 — the sum of the 类 rows is printed.
     * aggregation-service's BudgetFigures printed such a 合计 blank (its records kept the empty group); the model's
     * records drop an all-blank group, as budget-service always did.
     */
    @Test
    void aStatedTotalWithOnlyBlankCellsIsNoTotal() {
        FunctionalFigures blank = new FunctionalFigures(new FunctionalRevenue(null, null, null, null, null, null, null, null),
                new FunctionalExpenditure(new ExpenditureByType(null, null, null, null, null), null, null, null));
        BudgetContent content = SeedBudget.content(new FunctionalSection(blank, SeedBudget.functionalLines()),
                new EconomicSection(new EconomicFigures(null, null), SeedBudget.economicLines()), List.of());
        assertNull(content.functional().total());
        assertEquals(yuan("394.29"), Sums.functionalTotal(content).revenue().appropriation());
        assertEquals(new EconomicFigures(yuan("288.65"), yuan("47.65")), Sums.economicTotal(content));
        DisclosureTable t3 = DisclosureTables.byNumber(3).orElseThrow().build(TableInput.of(content), AmountUnit.WAN_YUAN);
        assertEquals("394.29", t3.rows().get(0).cells().get(2).display());
    }

    @Test
    void threePublicParentsNotGivenAreTheSumsOfTheirRows() {
        Map<ThreePublicItem, ThreePublicLine> rows = Sums.threePublic(withThreePublic(
                three(ThreePublicItem.VEHICLE_OPERATION, "1.20"), three(ThreePublicItem.RECEPTION, "0.31")));
        assertEquals(yuan("1.20"), general(rows, ThreePublicItem.VEHICLE));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.SUBTOTAL));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.TOTAL));
        assertNull(general(rows, ThreePublicItem.OUTBOUND), "a parent of blank rows is blank");
        assertNull(general(rows, ThreePublicItem.VEHICLE_PURCHASE));
    }

    /**
     * Decision (1), #15: 合计 and "三公"经费小计 are one figure (the 合计 of table 9 has only the 小计 under it), so a
     * 合计 given alone fills the 小计. Before, budget-service's tables and aggregation-service's documents derived the
     * 小计 from its (absent) rows and printed it blank, while the roll-ups took the 合计 as the 小计.
     */
    @Test
    void aThreePublicTotalGivenAloneIsAlsoTheSubtotal() {
        Map<ThreePublicItem, ThreePublicLine> rows = Sums.threePublic(withThreePublic(three(ThreePublicItem.TOTAL, "1.51")));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.SUBTOTAL));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.TOTAL));
        assertNull(general(rows, ThreePublicItem.OUTBOUND));
        // with a row under it the 合计 still fills the 小计: 1.51, not the 0.31 of the one row given
        rows = Sums.threePublic(withThreePublic(three(ThreePublicItem.TOTAL, "1.51"), three(ThreePublicItem.RECEPTION, "0.31")));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.SUBTOTAL));
        DisclosureTable t9 = DisclosureTables.byNumber(9).orElseThrow()
                .build(TableInput.of(withThreePublic(three(ThreePublicItem.TOTAL, "1.51"))), AmountUnit.WAN_YUAN);
        assertEquals(Arrays.asList("“三公”经费小计", "1.51", "1.51", null, null),
                t9.rows().get(1).cells().stream().map(c -> c == null ? null : c.display()).toList());
    }

    @Test
    void aThreePublicSubtotalGivenAloneIsAlsoTheTotal() {
        Map<ThreePublicItem, ThreePublicLine> rows = Sums.threePublic(withThreePublic(three(ThreePublicItem.SUBTOTAL, "1.51")));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.TOTAL));
    }

    /**
     * Decision (2) for "三公", #15: a row given without any figure counts as not given, so a parent is then the sum of
     * its rows. Before, the tables printed such a parent blank while the roll-ups summed its rows.
     */
    @Test
    void aThreePublicRowWithoutFiguresCountsAsNotGiven() {
        Map<ThreePublicItem, ThreePublicLine> rows = Sums.threePublic(withThreePublic(
                new ThreePublicLine(ThreePublicItem.TOTAL, null, null, null),
                new ThreePublicLine(ThreePublicItem.VEHICLE, null, null, null),
                three(ThreePublicItem.VEHICLE_OPERATION, "1.20"), three(ThreePublicItem.RECEPTION, "0.31")));
        assertEquals(yuan("1.20"), general(rows, ThreePublicItem.VEHICLE));
        assertEquals(yuan("1.51"), general(rows, ThreePublicItem.TOTAL));
    }

    @Test
    void asStatedKeepsEveryGivenRowAndNeverFillsTheSubtotalFromTheTotal() {
        // validation compares a stated parent with its rows: these must not be filled from the parent itself
        Map<ThreePublicItem, ThreePublicLine> rows = Sums.threePublicAsStated(withThreePublic(
                three(ThreePublicItem.TOTAL, "9.99"), new ThreePublicLine(ThreePublicItem.VEHICLE, null, null, null),
                three(ThreePublicItem.VEHICLE_OPERATION, "1.20"), three(ThreePublicItem.RECEPTION, "0.31")));
        assertEquals(yuan("0.31"), general(rows, ThreePublicItem.SUBTOTAL), "Σ 一、二、三 with 二 stated blank");
        assertNull(general(rows, ThreePublicItem.VEHICLE), "stated blank");
        assertEquals(yuan("9.99"), general(rows, ThreePublicItem.TOTAL));
    }

    @Test
    void sumsKeepBlankApartFromZero() {
        ExpenditureByType sum = Sums.byType(List.of(new ExpenditureByType(yuan("1.00"), null, null, null, null),
                new ExpenditureByType(BigDecimal.ZERO, null, null, null, null)));
        assertEquals(yuan("1.00"), sum.basic());
        assertNull(sum.project());
        assertEquals(new BigDecimal("0"), Sums.byType(List.of(new ExpenditureByType(BigDecimal.ZERO, null, null, null, null))).basic());
    }
}
