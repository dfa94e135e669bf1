package org.openbudget.seeds.parse;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.seeds.parse.SharedFiles.figure;

/**
 * Every row of the Shanghai sample's hand-extracted JSON against a parsed document: the functional rows of tables
 * 3 and 5, the economic rows of table 6, the totals of tables 1, 2, 3 and 6 and the "三公" table. {@code scale} turns
 * a JSON figure (元) into what the document prints (元 as is, or 万元 with two decimals for a derived variant); the
 * "三公" table is printed in 万元 in every variant.
 */
final class SampleFigures {

    private static final String MISPRINT = "71102";

    private SampleFigures() {
    }

    static void assertEveryRow(DisclosureDocument doc, JsonNode figures, UnaryOperator<BigDecimal> scale) {
        rows(doc.table(TableKind.EXPENDITURE).orElseThrow(), figures.get("functional_rows"), scale);
        rows(doc.table(TableKind.GENERAL_BUDGET).orElseThrow(), figures.get("functional_rows_gpb"), scale);

        JsonNode expected = figures.get("economic_basic_rows");
        ParsedTable t6 = doc.table(TableKind.BASIC_ECONOMIC).orElseThrow();
        assertEquals(expected.size(), t6.codeRows().size(), "rows of table 6");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode r = expected.get(i);
            ParsedRow row = t6.codeRows().get(i);
            assertEquals(r.get("code").asText(), row.key());
            assertEquals(r.get("name").asText(), row.name());
            equal(scale.apply(figure(r.get("total"))), row.cell("total"), row.key() + " total");
            equal(scale.apply(figure(r.get("personnel"))), row.cell("personnel"), row.key() + " personnel");
            equal(scale.apply(figure(r.get("public"))), row.cell("publicUse"), row.key() + " publicUse");
        }

        JsonNode income = figures.get("income");
        ParsedTable t1 = doc.table(TableKind.SUMMARY).orElseThrow();
        equal(scale.apply(figure(income.get("total"))), t1.row("revenue", "grandTotal").orElseThrow().cell("amount"), "收入总计");
        equal(scale.apply(figure(income.get("fiscal_total"))), t1.row("revenue", "appropriation").orElseThrow().cell("amount"), "财政拨款收入");
        equal(scale.apply(figure(income.get("general_public_budget"))), t1.row("revenue", "generalBudget").orElseThrow().cell("amount"), "一般公共预算");
        equal(scale.apply(figure(income.get("shiye"))), t1.row("revenue", "institution").orElseThrow().cell("amount"), "事业收入");
        ParsedRow t2 = doc.table(TableKind.REVENUE).orElseThrow().row("total").orElseThrow();
        equal(scale.apply(figure(income.get("total"))), t2.cell("total"), "table 2 合计");
        equal(scale.apply(figure(income.get("fiscal_total"))), t2.cell("appropriation"), "table 2 财政拨款收入");

        JsonNode expenditure = figures.get("expenditure");
        ParsedRow t3 = doc.table(TableKind.EXPENDITURE).orElseThrow().row("total").orElseThrow();
        equal(scale.apply(figure(expenditure.get("total"))), t3.cell("total"), "支出合计");
        equal(scale.apply(figure(expenditure.get("basic"))), t3.cell("basic"), "基本支出");
        equal(scale.apply(figure(expenditure.get("project"))), t3.cell("project"), "项目支出");
        ParsedRow t6total = t6.row("total").orElseThrow();
        equal(scale.apply(figure(expenditure.get("personnel"))), t6total.cell("personnel"), "人员经费");
        equal(scale.apply(figure(expenditure.get("public"))), t6total.cell("publicUse"), "公用经费");
        equal(scale.apply(figure(expenditure.get("total"))), t1.row("expenditure", "grandTotal").orElseThrow().cell("total"), "支出总计");

        JsonNode three = figures.get("three_public");
        ParsedTable t9 = doc.table(TableKind.THREE_PUBLIC).orElseThrow();
        assertEquals("万元", t9.unit());
        Map<String, String> items = Map.of("total", "total", "outbound", "outbound", "vehicle_total", "vehicle",
                "vehicle_purchase", "vehiclePurchase", "vehicle_operation", "vehicleOperation", "reception", "reception");
        items.forEach((json, key) -> equal(figure(three.get(json)), t9.row(key).orElseThrow().cell("total"), "三公 " + key));
        equal(figure(figures.get("agency_operating_cost_wan")), t9.row("agencyOperation").orElseThrow().cell("total"), "机关运行经费");
    }

    private static void rows(ParsedTable table, JsonNode expected, UnaryOperator<BigDecimal> scale) {
        assertEquals(expected.size(), table.codeRows().size(), "rows of table " + table.kind().number());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode r = expected.get(i);
            ParsedRow row = table.codeRows().get(i);
            assertEquals(r.get("code").asText().equals(MISPRINT) ? "2101102" : r.get("code").asText(), row.key());
            assertEquals(r.get("name").asText(), row.name());
            for (String column : List.of("total", "basic", "project")) {
                equal(scale.apply(figure(r.get(column))), row.cell(column), row.key() + " " + column + " (line " + row.line() + ")");
            }
        }
    }

    static void equal(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertNull(actual, what + " must be blank");
        } else {
            assertTrue(actual != null && expected.compareTo(actual) == 0, what + ": expected " + expected + ", parsed " + actual);
        }
    }
}
