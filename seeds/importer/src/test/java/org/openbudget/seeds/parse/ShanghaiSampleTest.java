package org.openbudget.seeds.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.seeds.parse.SharedFiles.figure;

/**
 * The Shanghai sample (../shared/samples/shpt_fuliyuan_2024.txt, read at test time) against its
 * hand-extracted JSON: the functional rows of tables 3 and 5, the economic rows of table 6, the totals
 * and the "三公" table. One deliberate difference: the JSON keeps the misprinted code "71102" (printed
 * "7 11 02"); the parser heals it to 2101102 — the JSON's own note says that is the code — and warns.
 */
class ShanghaiSampleTest {

    private static final String MISPRINT = "71102";

    static DisclosureDocument parse() throws IOException {
        return DocumentParser.parse(SourceText.read(SharedFiles.require("samples/shpt_fuliyuan_2024.txt")));
    }

    static JsonNode figures() throws IOException {
        return SharedFiles.json(SharedFiles.require("samples/shpt_fuliyuan_2024.json"));
    }

    @Test
    void functionalRowsEqualTheJson() throws IOException {
        DisclosureDocument doc = parse();
        JsonNode figures = figures();
        assertEquals(Layout.SHANGHAI, doc.layout());
        assertEquals("元", doc.unit());
        assertEquals(2024, doc.year());
        assertEquals(figures.get("department").get("name").asText(), doc.departmentName());
        rows(doc.table(TableKind.EXPENDITURE).orElseThrow(), figures.get("functional_rows"));
        rows(doc.table(TableKind.GENERAL_BUDGET).orElseThrow(), figures.get("functional_rows_gpb"));
    }

    private static void rows(ParsedTable table, JsonNode expected) {
        assertEquals(expected.size(), table.codeRows().size(), "rows of table " + table.kind().number());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode r = expected.get(i);
            ParsedRow row = table.codeRows().get(i);
            if (r.get("code").asText().equals(MISPRINT)) {
                assertEquals("2101102", row.key());
                assertEquals("7 11 02", row.printedCode());
            } else {
                assertEquals(r.get("code").asText(), row.key());
                assertNull(row.printedCode());
            }
            assertEquals(r.get("name").asText(), row.name());
            for (String column : List.of("total", "basic", "project")) {
                equal(figure(r.get(column)), row.cell(column), row.key() + " " + column + " (line " + row.line() + ")");
            }
        }
    }

    @Test
    void economicRowsEqualTheJson() throws IOException {
        DisclosureDocument doc = parse();
        JsonNode expected = figures().get("economic_basic_rows");
        ParsedTable t6 = doc.table(TableKind.BASIC_ECONOMIC).orElseThrow();
        assertEquals(expected.size(), t6.codeRows().size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode r = expected.get(i);
            ParsedRow row = t6.codeRows().get(i);
            assertEquals(r.get("code").asText(), row.key(), "as printed: " + r.get("code_as_printed").asText());
            assertEquals(r.get("name").asText(), row.name());
            equal(figure(r.get("total")), row.cell("total"), row.key() + " total");
            equal(figure(r.get("personnel")), row.cell("personnel"), row.key() + " personnel");
            equal(figure(r.get("public")), row.cell("publicUse"), row.key() + " publicUse");
        }
    }

    @Test
    void totalsEqualTheJson() throws IOException {
        DisclosureDocument doc = parse();
        JsonNode figures = figures();
        JsonNode income = figures.get("income");
        ParsedTable t1 = doc.table(TableKind.SUMMARY).orElseThrow();
        equal(figure(income.get("total")), t1.row("revenue", "grandTotal").orElseThrow().cell("amount"), "收入总计");
        equal(figure(income.get("fiscal_total")), t1.row("revenue", "appropriation").orElseThrow().cell("amount"), "财政拨款收入");
        equal(figure(income.get("general_public_budget")), t1.row("revenue", "generalBudget").orElseThrow().cell("amount"), "一般公共预算资金");
        equal(figure(income.get("shiye")), t1.row("revenue", "institution").orElseThrow().cell("amount"), "事业收入");
        ParsedTable t2 = doc.table(TableKind.REVENUE).orElseThrow();
        equal(figure(income.get("total")), t2.row("total").orElseThrow().cell("total"), "table 2 合计");
        equal(figure(income.get("fiscal_total")), t2.row("total").orElseThrow().cell("appropriation"), "table 2 财政拨款收入");

        JsonNode expenditure = figures.get("expenditure");
        ParsedRow t3 = doc.table(TableKind.EXPENDITURE).orElseThrow().row("total").orElseThrow();
        equal(figure(expenditure.get("total")), t3.cell("total"), "支出合计");
        equal(figure(expenditure.get("basic")), t3.cell("basic"), "基本支出");
        equal(figure(expenditure.get("project")), t3.cell("project"), "项目支出");
        ParsedRow t6 = doc.table(TableKind.BASIC_ECONOMIC).orElseThrow().row("total").orElseThrow();
        equal(figure(expenditure.get("personnel")), t6.cell("personnel"), "人员经费");
        equal(figure(expenditure.get("public")), t6.cell("publicUse"), "公用经费");
        ParsedRow spending = t1.row("expenditure", "grandTotal").orElseThrow();
        equal(figure(expenditure.get("total")), spending.cell("total"), "table 1 支出总计");
        equal(figure(expenditure.get("personnel")), spending.cell("personnel"), "table 1 人员经费");

        JsonNode three = figures.get("three_public");
        ParsedTable t9 = doc.table(TableKind.THREE_PUBLIC).orElseThrow();
        assertEquals(three.get("unit").asText(), t9.unit());
        Map<String, String> items = Map.of("total", "total", "outbound", "outbound", "vehicle_total", "vehicle",
                "vehicle_purchase", "vehiclePurchase", "vehicle_operation", "vehicleOperation", "reception", "reception");
        items.forEach((json, key) -> equal(figure(three.get(json)), t9.row(key).orElseThrow().cell("total"), "三公 " + key));
        equal(figure(figures.get("agency_operating_cost_wan")), t9.row("agencyOperation").orElseThrow().cell("total"), "机关运行经费");
    }

    @Test
    void theRepairsAreWarnedAtTheirLines() throws IOException {
        DisclosureDocument doc = parse();
        // "7 11 02" is printed on lines 176 (table 3) and 233 (table 5); 医疗卫生与计划生育支出 on 95 and 196
        for (int line : new int[]{176, 233}) {
            assertTrue(doc.warnings().stream().anyMatch(w -> w.line() == line && w.kind() == WarningKind.HEALED
                    && w.message().contains("read as 210")), "warning at line " + line);
        }
        for (int line : new int[]{95, 196}) {
            assertTrue(doc.warnings().stream().anyMatch(w -> w.line() == line && w.kind() == WarningKind.HEALED
                    && w.message().contains("医疗卫生与计划生育支出")), "warning at line " + line);
        }
        // the blank 购置费 cell of the "三公" row (line 345) is a blank, not a shifted column
        assertTrue(doc.warnings().stream().anyMatch(w -> w.line() == 345 && w.kind() == WarningKind.ASSUMED
                && w.message().contains("vehiclePurchase")));
        assertTrue(doc.warnings().stream().noneMatch(w -> w.kind() == WarningKind.MISMATCH), () -> doc.warnings().toString());
    }

    private static void equal(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertNull(actual, what + " must be blank");
        } else {
            assertTrue(actual != null && expected.compareTo(actual) == 0, what + ": expected " + expected + ", parsed " + actual);
        }
    }
}
