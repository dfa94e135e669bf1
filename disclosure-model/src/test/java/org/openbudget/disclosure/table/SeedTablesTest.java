package org.openbudget.disclosure.table;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.SeedBudget;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nine builders on the seed's figures (高邑县政府办 2022, {@link SeedBudget}) against the tables the seed document
 * prints (seeds/000_089e20c77680147c.txt), transcribed by hand below: "序号|cell|cell…", an empty cell is blank.
 * Tables 1, 4 and 9 are derived almost entirely, so they are compared in full; 2, 3, 5 and 6 by their 合计 and
 * sample rows (budget-service's SeedTablesTest compares every printed cell through the API).
 */
class SeedTablesTest {

    private static final TableInput SEED = TableInput.of(SeedBudget.content());

    private static DisclosureTable table(int number) {
        return DisclosureTables.byNumber(number).orElseThrow().build(SEED, AmountUnit.WAN_YUAN);
    }

    /** "5|五、事业收入||五、教育支出|" → [5, 五、事业收入, null, 五、教育支出, null]. */
    private static List<String> printed(String row, int columns) {
        String[] parts = row.split("\\|", -1);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i <= columns; i++) {
            cells.add(i < parts.length && !parts[i].isEmpty() ? parts[i] : null);
        }
        return cells;
    }

    private static List<String> built(Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(row.number()));
        row.cells().forEach(c -> cells.add(c == null ? null : c.display()));
        return cells;
    }

    private static void assertRows(DisclosureTable t, String... rows) {
        assertEquals(rows.length, t.rows().size(), "table " + t.number() + " rows");
        for (int i = 0; i < rows.length; i++) {
            assertEquals(printed(rows[i], t.columns().size()), built(t.rows().get(i)), "table " + t.number() + " row " + (i + 1));
        }
    }

    private static void assertRow(DisclosureTable t, String row) {
        List<String> expected = printed(row, t.columns().size());
        int number = Integer.parseInt(expected.get(0));
        assertEquals(expected, built(t.rows().get(number - 1)), "table " + t.number() + " row " + number);
    }

    @Test
    void table1ListsTheNineSourcesBesideThe30ClassesAsPrinted() {
        DisclosureTable t = table(1);
        assertEquals("部门预算收支总表", t.title());
        assertRows(t,
                "1|一、一般公共预算拨款收入|394.30|一、一般公共服务支出|296.93",
                "2|二、政府性基金预算拨款收入||二、外交支出|", "3|三、国有资本经营预算拨款收入||三、国防支出|",
                "4|四、财政专户管理资金收入||四、公共安全支出|", "5|五、事业收入||五、教育支出|",
                "6|六、事业单位经营收入||六、科学技术支出|", "7|七、上级补助收入||七、文化旅游体育与传媒支出|",
                "8|八、附属单位上缴收入||八、社会保障和就业支出|35.07", "9|九、其他收入||九、社会保险基金支出|",
                "10|||十、卫生健康支出|25.50", "11|||十一、节能环保支出|20.00", "12|||十二、城乡社区支出|",
                "13|||十三、农林水支出|", "14|||十四、交通运输支出|", "15|||十五、资源勘探工业信息等支出|",
                "16|||十六、商业服务业等支出|", "17|||十七、金融支出|", "18|||十八、援助其他地区支出|",
                "19|||十九、自然资源海洋气象等支出|", "20|||二十、住房保障支出|16.79", "21|||二十一、粮油物资储备支出|",
                "22|||二十二、国有资本经营预算支出|", "23|||二十三、灾害防治及应急管理支出|", "24|||二十四、预备费|",
                "25|||二十五、其他支出|", "26|||二十六、转移性支出|", "27|||二十七、债务还本支出|", "28|||二十八、债务付息支出|",
                "29|||二十九、债务发行费用支出|", "30|||三十、抗疫特别国债安排的支出|",
                "31|本年收入合计|394.30|本年支出合计|394.30", "32|上年结转结余||年终结转结余|",
                "33|收入总计|394.30|支出总计|394.30");
    }

    @Test
    void table2And3PrintTheStatedTotalAndEveryLine() {
        DisclosureTable t2 = table(2);
        assertEquals(23, t2.rows().size());
        assertRow(t2, "1||合计|394.30|394.30|394.30|||||||");
        assertRow(t2, "9|2080505|机关事业单位基本养老保险缴费支出|22.34|22.34|22.34|||||||");
        assertRow(t2, "23|2210201|住房公积金|16.79|16.79|16.79|||||||");
        DisclosureTable t3 = table(3);
        assertEquals(23, t3.rows().size());
        assertRow(t3, "1||合计|394.30|336.30|58.00|||");
        assertRow(t3, "5|2010302|一般行政管理事务|38.00||38.00|||");
        assertRow(t3, "18|211|节能环保支出|20.00||20.00|||");
    }

    @Test
    void table4SplitsAppropriationsByFundAsPrinted() {
        DisclosureTable t = table(4);
        List<String> rows = new ArrayList<>(List.of(
                "1|一、一般公共预算拨款|394.30|一、一般公共服务支出|296.93|296.93||",
                "2|二、政府性基金预算拨款||二、外交支出||||", "3|三、国有资本经营预算拨款||三、国防支出||||"));
        String[] classes = {"公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出|35.07|35.07",
                "社会保险基金支出", "卫生健康支出|25.50|25.50", "节能环保支出|20.00|20.00", "城乡社区支出", "农林水支出", "交通运输支出",
                "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出",
                "住房保障支出|16.79|16.79", "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出",
                "转移性支出", "债务还本支出", "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出"};
        for (int i = 0; i < classes.length; i++) {
            int n = i + 4;
            String c = classes[i].contains("|") ? classes[i] + "||" : classes[i] + "||||";
            rows.add(n + "|||" + Numerals.chinese(n) + "、" + c);
        }
        rows.addAll(List.of("31|本年收入合计|394.30|本年支出合计|394.30|394.30||",
                "32|年初财政拨款结转和结余||年末财政拨款结转和结余||||", "33|一、一般公共预算拨款||||||",
                "34|二、政府性基金预算拨款||||||", "35|三、国有资本经营预算拨款||||||", "36|收入总计|394.30|支出总计|394.30|394.30||"));
        assertRows(t, rows.toArray(String[]::new));
        assertEquals(List.of("项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"),
                t.columns().stream().map(Column::label).toList());
    }

    @Test
    void table5And6AsPrintedAnd7And8EmptyWithTheirNotes() {
        DisclosureTable t5 = table(5);
        assertEquals("部门预算一般公共预算财政拨款支出表", t5.title());
        assertEquals(23, t5.rows().size());
        assertRow(t5, "1||合计|394.30|336.30|58.00");
        assertRow(t5, "4|2010301|行政运行|258.93|258.93|");
        DisclosureTable t6 = table(6);
        assertEquals(24, t6.rows().size());
        assertRow(t6, "1||合计|336.30|288.65|47.65");
        assertRow(t6, "2|301|工资福利支出|283.68|283.68|");
        assertRow(t6, "14|302|商品和服务支出|47.65||47.65");
        assertRow(t6, "24|30305|生活补助|4.97|4.97|");
        // the seed prints 政府基金 (without 性, its defect S3): we print the fund's name
        assertEquals("部门预算政府性基金预算财政拨款支出表", table(7).title());
        assertEquals(List.of(), table(7).rows());
        assertEquals("注：无政府性基金预算财政拨款预算，空表列示。", table(7).note());
        assertEquals(List.of(), table(8).rows());
        assertEquals("注：无国有资本经营预算财政拨款预算，空表列示。", table(8).note());
        assertNull(t5.note());
    }

    @Test
    void table9PrintsItsNineRowsWithTheVehicleParentDerived() {
        DisclosureTable t = table(9);
        assertEquals("部门预算财政拨款“三公”经费支出表", t.title());
        assertRows(t, "1|合计|1.51|1.51||", "2|“三公”经费小计|1.51|1.51||", "3|一、因公出国（境）费||||",
                "4|其中：教学科研人员因公出国（境）费||||", "5|其他因公出国（境）费||||", "6|二、公务用车购置及运维费|1.20|1.20||",
                "7|其中：公务用车购置费||||", "8|公务用车运行维护费|1.20|1.20||", "9|三、公务接待费|0.31|0.31||");
        assertEquals(List.of("项目", "合计", "一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"),
                t.columns().stream().map(Column::label).toList());
    }

    @Test
    void withoutThePrintedTotalsEachTotalIsTheSumOfItsRoundedClassRowsNotTheSeedsOwnRounding() {
        // docs/DESIGN.md §3: the seed's 类 rows 296.93 + 35.07 + 25.50 + 20.00 + 16.79 = 394.29 against its printed 394.30;
        // a total not given is the exact sum of the rows, then rounded once
        TableInput derived = TableInput.of(SeedBudget.contentWithoutTotals());
        DisclosureTable t3 = DisclosureTables.byNumber(3).orElseThrow().build(derived, AmountUnit.WAN_YUAN);
        assertEquals(Arrays.asList("1", null, "合计", "394.29", "336.29", "58.00", null, null, null), built(t3.rows().get(0)));
        DisclosureTable t6 = DisclosureTables.byNumber(6).orElseThrow().build(derived, AmountUnit.WAN_YUAN);
        // 301 + 302 + 303 = 283.68 + 47.65 + 4.97 = 336.30 (personnel 288.65, public use 47.65)
        assertEquals(Arrays.asList("1", null, "合计", "336.30", "288.65", "47.65"), built(t6.rows().get(0)));
    }

    @Test
    void everyTableIsInTheRequestedUnitWithAmountsAsNumbers() {
        for (DisclosureTable t : DisclosureTables.all(SEED, AmountUnit.YUAN)) {
            assertEquals(AmountUnit.YUAN, t.unit());
            for (Row row : t.rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    if (cell != null && t.columns().get(c).kind() == Column.Kind.AMOUNT) {
                        assertTrue(cell.isAmount(), "table " + t.number() + " row " + row.number() + " column " + (c + 1));
                        assertEquals(2, cell.amount().scale());
                    }
                }
            }
        }
        Cell total = DisclosureTables.byNumber(1).orElseThrow().build(SEED, AmountUnit.YUAN).rows().get(30).cells().get(1);
        assertEquals(new BigDecimal("3943000.00"), total.amount(), "394.30 万元 in 元");
    }
}
