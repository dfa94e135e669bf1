package org.openbudget.seeds.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.seeds.parse.SharedFiles.figure;

/**
 * The seed's parse against the figures a person extracted by hand (../shared/seeds/*.figures.json):
 * functional rows in tables 3 and 5, economic rows in table 6, the totals and the "三公" table. Where the
 * two disagreed the document was checked; they agree on every figure.
 */
class SeedFiguresJsonTest {

    @Test
    void everyHandExtractedFigureIsParsed() throws IOException {
        JsonNode figures = SharedFiles.json(SharedFiles.require("seeds/000_089e20c77680147c.figures.json"));
        DisclosureDocument doc = SeedDocument.parsed();

        assertEquals(figures.get("department").get("code").asText(), doc.departmentCode());
        assertEquals(figures.get("year").asInt(), doc.year());
        assertEquals(figures.get("table_unit").asText(), doc.unit());

        for (TableKind kind : List.of(TableKind.EXPENDITURE, TableKind.GENERAL_BUDGET)) {
            ParsedTable t = doc.table(kind).orElseThrow();
            assertEquals(figures.get("functional_rows").size(), t.codeRows().size(), "rows of table " + kind.number());
            for (JsonNode r : figures.get("functional_rows")) {
                ParsedRow row = t.row(r.get("code").asText()).orElseThrow(() -> new AssertionError(r.get("code") + " missing"));
                assertEquals(r.get("name").asText(), row.name());
                same(r, Map.of("total", "total", "basic", "basic", "project", "project"), row);
            }
        }
        ParsedTable t6 = doc.table(TableKind.BASIC_ECONOMIC).orElseThrow();
        assertEquals(figures.get("economic_basic_rows").size(), t6.codeRows().size());
        for (JsonNode r : figures.get("economic_basic_rows")) {
            ParsedRow row = t6.row(r.get("code").asText()).orElseThrow();
            assertEquals(r.get("name").asText(), row.name());
            same(r, Map.of("total", "total", "personnel", "personnel", "public", "publicUse"), row);
        }

        JsonNode expenditure = figures.get("expenditure");
        ParsedRow total3 = doc.table(TableKind.EXPENDITURE).orElseThrow().row("total").orElseThrow();
        equal(figure(expenditure.get("total")), total3.cell("total"), "支出合计");
        equal(figure(expenditure.get("basic")), total3.cell("basic"), "基本支出");
        equal(figure(expenditure.get("project")), total3.cell("project"), "项目支出");
        ParsedRow total6 = t6.row("total").orElseThrow();
        equal(figure(expenditure.get("personnel")), total6.cell("personnel"), "人员经费");
        equal(figure(expenditure.get("public")), total6.cell("publicUse"), "公用经费");
        ParsedRow income = doc.table(TableKind.SUMMARY).orElseThrow().row("revenue", "grandTotal").orElseThrow();
        equal(figure(figures.get("income").get("total")), income.cell("amount"), "收入总计");

        JsonNode three = figures.get("three_public");
        ParsedTable t9 = doc.table(TableKind.THREE_PUBLIC).orElseThrow();
        equal(figure(three.get("total")), t9.row("total").orElseThrow().cell("total"), "三公 合计");
        equal(figure(three.get("vehicle_total")), t9.row("vehicle").orElseThrow().cell("total"), "公务用车购置及运维费");
        equal(figure(three.get("vehicle_operation")), t9.row("vehicleOperation").orElseThrow().cell("total"), "公务用车运行维护费");
        equal(figure(three.get("reception")), t9.row("reception").orElseThrow().cell("total"), "公务接待费");
        equal(figure(three.get("vehicle_purchase")), t9.row("vehiclePurchase").orElseThrow().cell("total"), "公务用车购置费");

        JsonNode assets = figures.get("assets");
        assertEquals(assets.get("as_of").asText(), doc.assets().asOf().toString());
        equal(figure(assets.get("total_wan")), doc.assets().row("totalValue").orElseThrow().value(), "资产总额");
        equal(figure(assets.get("vehicles_value_wan")), doc.assets().row("vehicles").orElseThrow().value(), "车辆");
        equal(figure(assets.get("other_fixed_assets_value_wan")), doc.assets().row("otherFixedAssets").orElseThrow().value(), "其他固定资产");

        JsonNode change = figures.get("text_figures").get("change_vs_2021").get("implied_2021");
        Map<String, BigDecimal> prior = new java.util.HashMap<>();
        doc.yearOverYear().forEach(y -> prior.put(y.item(), y.prior()));
        equal(figure(change.get("total")), prior.get("total"), "2021 total");
        equal(figure(change.get("basic")), prior.get("basic"), "2021 basic");
        equal(figure(change.get("project")), prior.get("project"), "2021 project");
    }

    private static void same(JsonNode expected, Map<String, String> columns, ParsedRow row) {
        columns.forEach((json, cell) -> equal(figure(expected.get(json)), row.cell(cell), row.key() + " " + cell + " (line " + row.line() + ")"));
    }

    private static void equal(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertEquals(null, actual, what + " must be blank");
        } else {
            assertTrue(actual != null && expected.compareTo(actual) == 0, what + ": expected " + expected + ", parsed " + actual);
        }
    }
}
