package org.openbudget.disclosure.table;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.classification.FunctionalClass;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table builders on a small budget in 元 with a government-fund line, checked against hand arithmetic. */
class DisclosureTablesTest {

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    /**
     * 212 城乡社区支出 / 21208 / 2120801: general basic 12345.67 元, government fund project 50000.00 元
     * (a 项 of 国有土地使用权出让收入); no 合计 given, so it is the sum of the 类 rows.
     */
    private static TableInput input() {
        FunctionalExpenditure e = new FunctionalExpenditure(new ExpenditureByType(d("12345.67"), null, null, null, null),
                new ExpenditureByType(null, d("50000.00"), null, null, null), null, null);
        FunctionalRevenue r = new FunctionalRevenue(d("62345.67"), null, null, null, null, null, null, null);
        BudgetContent content = new BudgetContent(AmountUnit.YUAN,
                new Revenue(d("12345.67"), d("50000.00"), null, null, null, null, null, null, null),
                new CarryOver(null, null, null, d("0.00"), null, null, null, null),
                new FunctionalSection(null, List.of(new FunctionalLine("212", "城乡社区支出", r, e),
                        new FunctionalLine("21208", "国有土地使用权出让收入安排的支出", r, e),
                        new FunctionalLine("2120801", "征地和拆迁补偿支出", r, e))),
                null, List.of(), List.of());
        return new TableInput(content, List.of(new FunctionalClass("201", "一般公共服务支出"),
                new FunctionalClass("212", "城乡社区支出")));
    }

    /** The row as printed: amounts with 2 decimals, blank null. */
    private static List<String> cells(DisclosureTable t, int row) {
        return t.rows().get(row - 1).cells().stream().map(c -> c == null ? null : c.display()).toList();
    }

    @Test
    void tenThousandYuanCellsAreRoundedOneByOne() {
        DisclosureTable t3 = DisclosureTables.byNumber(3).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        // 12345.67 元 = 1.234567 万元 → 1.23; 62345.67 元 = 6.234567 → 6.23; 50000 → 5.00
        assertEquals(Arrays.asList(null, "合计", "6.23", "1.23", "5.00", null, null, null), cells(t3, 1));
        assertEquals(Arrays.asList("2120801", "征地和拆迁补偿支出", "6.23", "1.23", "5.00", null, null, null), cells(t3, 4));
        DisclosureTable yuan = DisclosureTables.byNumber(3).orElseThrow().build(input(), AmountUnit.YUAN);
        assertEquals("62345.67", cells(yuan, 1).get(2));
    }

    @Test
    void tableOneListsEveryCatalogClassAndTheTotals() {
        DisclosureTable t1 = DisclosureTables.byNumber(1).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        assertEquals(9 + 3, t1.rows().size(), "9 sources beside 2 类, then three total rows");
        assertEquals(Arrays.asList("一、一般公共预算拨款收入", "1.23", "一、一般公共服务支出", null), cells(t1, 1));
        assertEquals(Arrays.asList("二、政府性基金预算拨款收入", "5.00", "二、城乡社区支出", "6.23"), cells(t1, 2));
        assertEquals(Arrays.asList("九、其他收入", null, null, null), cells(t1, 9));
        assertEquals(Arrays.asList("本年收入合计", "6.23", "本年支出合计", "6.23"), cells(t1, 10));
        assertEquals(Arrays.asList("上年结转结余", null, "年终结转结余", null), cells(t1, 11));
    }

    @Test
    void tableFourSplitsByFundAndShowsAZeroCarryOverAsZero() {
        DisclosureTable t4 = DisclosureTables.byNumber(4).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        assertEquals(Arrays.asList("二、政府性基金预算拨款", "5.00", "二、城乡社区支出", "6.23", "1.23", "5.00", null), cells(t4, 2));
        assertEquals(Arrays.asList("本年收入合计", "6.23", "本年支出合计", "6.23", "1.23", "5.00", null), cells(t4, 4));
        assertEquals(Arrays.asList("年初财政拨款结转和结余", "0.00", "年末财政拨款结转和结余", null, null, null, null), cells(t4, 5));
        assertEquals(Arrays.asList("二、政府性基金预算拨款", "0.00", null, null, null, null, null), cells(t4, 7), "0.00 is printed, blank is not");
        assertEquals(Arrays.asList("收入总计", "6.23", "支出总计", "6.23", "1.23", "5.00", null), cells(t4, 9));
    }

    @Test
    void fundTablesPrintOnlyTheirFundAndAnEmptyOneHasItsNote() {
        DisclosureTable t5 = DisclosureTables.byNumber(5).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        assertEquals(Arrays.asList(null, "合计", "1.23", "1.23", null), cells(t5, 1));
        DisclosureTable t7 = DisclosureTables.byNumber(7).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        assertEquals("部门预算政府性基金预算财政拨款支出表", t7.title());
        assertEquals(4, t7.rows().size());
        assertEquals(Arrays.asList("21208", "国有土地使用权出让收入安排的支出", "5.00", null, "5.00"), cells(t7, 3));
        assertNull(t7.note());
        DisclosureTable t8 = DisclosureTables.byNumber(8).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        assertEquals(List.of(), t8.rows());
        assertEquals("注：无国有资本经营预算财政拨款预算，空表列示。", t8.note());
        DisclosureTable t6 = DisclosureTables.byNumber(6).orElseThrow().build(input(), AmountUnit.WAN_YUAN);
        assertEquals("注：无一般公共预算财政拨款基本支出，空表列示。", t6.note());
    }

    @Test
    void chineseNumeralsForRowLabels() {
        assertEquals(List.of("一", "十", "十一", "二十", "二十三", "三十", "三十四"),
                List.of(Numerals.chinese(1), Numerals.chinese(10), Numerals.chinese(11), Numerals.chinese(20),
                        Numerals.chinese(23), Numerals.chinese(30), Numerals.chinese(34)));
        assertThrows(IllegalArgumentException.class, () -> Numerals.chinese(100));
    }
}
