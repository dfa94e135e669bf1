package org.openbudget.seeds.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.SharedFiles;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.Warning;
import org.openbudget.seeds.parse.WarningKind;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The requests for the Shanghai sample (read from ../shared/samples at test time): 元 as printed, the
 * project expenditure paid from 事业收入 as 其他资金, the "三公" table converted from 万元.
 */
class ShanghaiLoadPlanTest {

    static DisclosureDocument doc() throws IOException {
        return DocumentParser.parse(SourceText.read(SharedFiles.require("samples/shpt_fuliyuan_2024.txt")));
    }

    @Test
    void aDocumentWithoutDepartmentCodeNeedsOne() throws IOException {
        DisclosureDocument doc = doc();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoadPlanner.plan(doc, LoadOptions.none()));
        assertTrue(e.getMessage().contains("--dept"), e.getMessage());
    }

    @Test
    void theBudgetIn元WithOtherMoneySeparated() throws IOException {
        LoadPlan plan = LoadPlanner.plan(doc(), new LoadOptions("SHPT9", null, new DepartmentBody.Region("310107", "普陀区")));
        assertEquals(List.of("PUT budget-service /api/v1/departments/SHPT9", "PUT budget-service /api/v1/budgets/SHPT9/2024",
                "PUT asset-service /api/v1/assets/SHPT9/2023-12-31"), plan.calls().stream().map(ApiCall::toString).toList());
        JsonNode budget = JsonAssert.tree(Json.compact(plan.calls().get(1).body()));
        assertEquals("元", budget.get("unit").asText());
        // by hand from the sample: 一般公共预算 9,501,164 + 事业收入 2,620,000
        JsonAssert.equal("{\"generalBudget\": 9501164, \"institution\": 2620000}", budget.get("revenue").toString());
        JsonNode welfare = line(budget, "2081005");
        // 社会福利事业单位: table 3 基本 6,964,796 / 项目 2,620,000; table 5 基本 6,964,796 — the project is 事业收入's
        JsonAssert.equal("""
                {"code": "2081005", "name": "社会福利事业单位",
                 "revenue": {"appropriation": 6964796, "institution": 2620000},
                 "expenditure": {"generalBudget": {"basic": 6964796}, "other": {"project": 2620000}}}
                """, welfare.toString());
        JsonAssert.equal("""
                {"code": "2101102", "name": "事业单位医疗", "revenue": {"appropriation": 503724},
                 "expenditure": {"generalBudget": {"basic": 503724}}}
                """, line(budget, "2101102").toString());
        assertEquals(14, budget.get("functional").get("lines").size());
        JsonAssert.equal("{\"personnel\": 7380214, \"publicUse\": 2120950}", budget.get("economic").get("total").toString());
        assertEquals(26, budget.get("economic").get("lines").size());
        // 6.4 万元 printed in the "三公" table = 64,000.00 元; the blank 购置费 stays blank
        JsonAssert.equal("""
                [{"item": "total", "generalBudget": 64000.00}, {"item": "outbound", "generalBudget": 0},
                 {"item": "reception", "generalBudget": 0}, {"item": "vehicle", "generalBudget": 64000.00},
                 {"item": "vehicleOperation", "generalBudget": 64000.00}]
                """, budget.get("threePublic").toString());
        // "与2023年预算持平": prior = current, in 元
        JsonAssert.equal("{\"item\": \"threePublic\", \"amount\": 64000.00}", budget.get("priorYear").get(0).toString());
    }

    @Test
    void whatTheServicesCannotTakeIsReported() throws IOException {
        LoadPlan plan = LoadPlanner.plan(doc(), new LoadOptions("SHPT9", null, new DepartmentBody.Region("310107", "普陀区")));
        List<Warning> w = plan.warnings();
        assertTrue(w.stream().anyMatch(x -> x.kind() == WarningKind.NOT_LOADED && x.line() == 345 && x.message().contains("机关运行经费")));
        assertTrue(w.stream().anyMatch(x -> x.kind() == WarningKind.NOT_LOADED && x.line() == 359 && x.message().contains("120.60")));
        assertTrue(w.stream().anyMatch(x -> x.kind() == WarningKind.ASSUMED && x.line() == 332 && x.message().contains("一般公共预算")));
        assertTrue(w.stream().anyMatch(x -> x.kind() == WarningKind.NOT_LOADED && x.message().contains("performance")));
        assertTrue(w.stream().noneMatch(x -> x.kind() == WarningKind.MISMATCH), w.toString());
        JsonAssert.equal("{\"unit\": \"元\", \"vehicles\": {\"quantity\": 2}}", Json.compact(plan.calls().get(2).body()));
    }

    private static JsonNode line(JsonNode budget, String code) {
        for (JsonNode l : budget.get("functional").get("lines")) {
            if (l.get("code").asText().equals(code)) {
                return l;
            }
        }
        throw new AssertionError("no line " + code);
    }
}
