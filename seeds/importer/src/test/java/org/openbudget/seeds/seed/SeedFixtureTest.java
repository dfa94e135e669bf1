package org.openbudget.seeds.seed;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.seeds.load.Json;
import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.parse.PrintedGrid.PrintedRow;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture the services' tests take: the seed's tables as printed (expected values typed by hand from
 * seeds/000_089e20c77680147c.txt) and the budget they store.
 */
class SeedFixtureTest {

    @Test
    void theTextIsTheCommittedSeed() {
        assertTrue(SeedDocument.text().startsWith("\n\n2022 年部门预算信息公开目录\n"), "the seed's first lines");
        assertTrue(SeedDocument.text().contains("434 高邑县政府办\n"));
        assertEquals("434", SeedDocument.parsed().departmentCode());
    }

    @Test
    void everyTableHasItsPrintedRowsAndTheSeedPrints253Figures() {
        int[] rows = {33, 23, 23, 36, 23, 24, 0, 0, 9};
        int figures = 0;
        for (int t = 1; t <= 9; t++) {
            PrintedGrid grid = SeedDocument.printed(t);
            assertEquals(rows[t - 1], grid.rows().size(), "rows of table " + t);
            assertEquals(IntStream.rangeClosed(1, rows[t - 1]).boxed().toList(), grid.rows().stream().map(PrintedRow::number).toList(),
                    "table " + t + " is numbered 1…n in print order");
            for (PrintedRow r : grid.rows()) {
                figures += (int) r.cells().stream().filter(c -> c != null && c.matches("\\d+\\.\\d{2}")).count();
            }
        }
        assertEquals(253, figures, "the seed's printed figures");
    }

    @Test
    void tableNineCellByCell() {
        PrintedGrid t9 = SeedDocument.printed(9);
        assertEquals(List.of(
                cells("合计", "1.51", "1.51", null, null),
                cells("“三公”经费小计", "1.51", "1.51", null, null),
                cells("一、因公出国（境）费", null, null, null, null),
                cells("其中：教学科研人员因公出国（境）费", null, null, null, null),
                cells("其他因公出国（境）费", null, null, null, null),
                cells("二、公务用车购置及运维费", "1.20", "1.20", null, null),
                cells("其中：公务用车购置费", null, null, null, null),
                cells("公务用车运行维护费", "1.20", "1.20", null, null),
                cells("三、公务接待费", "0.31", "0.31", null, null)), t9.rows().stream().map(PrintedRow::cells).toList());
        assertTrue(t9.headerText().contains("434高邑县政府办"), t9.headerText());
        assertTrue(t9.headerText().contains("预算年度：2022") && t9.headerText().contains("单位：万元"));
        assertTrue(t9.headerText().contains("一般公共预算财政拨款"), "column headings, white space removed");
        assertTrue(t9.headerText().lines().noneMatch(l -> l.startsWith("栏次")), "the 栏次 row is not a heading");
    }

    @Test
    void wrappedNamesAndSplitCodesAreJoined() {
        PrintedGrid t2 = SeedDocument.printed(2);
        assertEquals(cells("2080505", "机关事业单位基本养老保险缴费支出", "22.34", "22.34", "22.34", null, null, null, null, null, null, null),
                t2.rows().get(8).cells(), "row 9: its name continues after the page break (档次 row of line 114)");
        assertEquals(cells("2110301", "大气", "20.00", "20.00", "20.00", null, null, null, null, null, null, null),
                t2.rows().get(19).cells(), "row 20 prints 211030 1");
        assertEquals(136, t2.rows().get(19).line());
    }

    @Test
    void emptyTablesKeepTheirTitleAndNote() {
        assertEquals("部门预算政府基金预算财政拨款支出表", SeedDocument.table(7).title(), "as printed, without 性");
        assertEquals("注：无政府基金预算财政拨款预算，空表列示。", SeedDocument.table(7).note());
        assertEquals("注：无国有资本经营预算财政拨款预算，空表列示。", SeedDocument.table(8).note());
        assertTrue(SeedDocument.printed(7).rows().isEmpty());
    }

    @Test
    void theBudgetInTheOrderTheServiceKeepsIt() {
        BudgetContent b = SeedDocument.budget();
        assertEquals(new BigDecimal("394.30"), b.revenue().generalBudget(), "printed scale kept");
        assertEquals(List.of("total", "basic", "project", "threePublic", "outbound", "vehicleOperation", "reception"),
                b.priorYear().stream().map(PriorYearFigure::item).map(i -> i.wireName()).toList());
        assertEquals(List.of("total", "subtotal", "vehicle", "vehicleOperation", "reception"),
                b.threePublic().stream().map(ThreePublicLine::item).map(i -> i.wireName()).toList());
        assertEquals(22, b.functional().lines().size());
        assertEquals(23, b.economic().lines().size());
        assertNull(b.carryOver(), "the seed prints no carry-over");
    }

    @Test
    void theBudgetBodyIsTypedJsonTestsCanEdit() {
        String body = SeedDocument.budgetBody();
        assertTrue(body.contains("\"revenue\": {\"generalBudget\": 394.30}"), body);
        assertTrue(body.contains("{\"code\": \"2082702\", \"name\": \"财政对工伤保险基金的补助\""));
        assertTrue(body.contains("\"name\": \"行政运行\"") && body.contains("\"publicUse\": 8.62"));
        assertTrue(body.contains("主要是大气办、人防办项目减少"));
        assertEquals(1, body.lines().count(), "one line");
        JsonNode typed = Json.tree(body);
        assertEquals(Json.tree(Json.compact(SeedDocument.budget())), typed, "the same JSON as the request body");
    }

    private static List<String> cells(String... values) {
        return Arrays.asList(values);
    }
}
