package org.openbudget.budget.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.budget.Json.dec;

/**
 * The seed's validation report: no error, no warning, and exactly the rounding gaps the document has (all
 * within 0.01 万元 per summed cell, so rounding-info):
 * <ul>
 *   <li>合计 vs Σ 类 — 394.30 printed, 394.29 summed (财政拨款收入), and 336.30 vs 336.29 (基本支出);</li>
 *   <li>21011 vs its 项 — 25.50 printed, 14.38 + 11.13 = 25.51 summed (the cause of the 合计 gap; figures JSON S1);</li>
 *   <li>301 vs its 款 — 283.68 printed, 283.67 summed.</li>
 * </ul>
 */
@QuarkusTest
class SeedValidationTest {

    @Test
    void theSeedHasOnlyItsRoundingGaps() {
        String dept = SeedFixture.departmentWithSeedBudget("V");
        JsonNode report = Json.read(given().get("/api/v1/budgets/{dept}/{year}/validation", dept, 2022).then().statusCode(200));
        assertEquals("万元", report.get("unit").asText());
        assertEquals(0, report.get("errors").asInt(), report.toPrettyString());
        assertEquals(0, report.get("warnings").asInt(), report.toPrettyString());
        assertEquals(3, report.get("roundingInfos").asInt(), report.toPrettyString());
        JsonNode findings = report.get("findings");
        assertEquals(3, findings.size());

        JsonNode total = find(findings, "functional.total-sum", "合计");
        assertEquals("rounding-info", total.get("severity").asText());
        assertEquals(List.of("functional.total.revenue.appropriation|394.30|394.29|0.01|0.05",
                "functional.total.expenditure.generalBudget.basic|336.30|336.29|0.01|0.04"), figures(total));

        JsonNode health = find(findings, "functional.parent-sum", "21011 行政事业单位医疗");
        assertEquals("rounding-info", health.get("severity").asText());
        assertEquals(List.of("functional[21011].revenue.appropriation|25.50|25.51|-0.01|0.02",
                "functional[21011].expenditure.generalBudget.basic|25.50|25.51|-0.01|0.02"), figures(health));
        assertEquals(List.of("functional[21011].revenue.appropriation", "functional[2101101].revenue.appropriation",
                        "functional[2101103].revenue.appropriation", "functional[21011].expenditure.generalBudget.basic",
                        "functional[2101101].expenditure.generalBudget.basic", "functional[2101103].expenditure.generalBudget.basic"),
                strings(health.get("cells")));

        JsonNode wages = find(findings, "economic.parent-sum", "301 工资福利支出");
        assertEquals("rounding-info", wages.get("severity").asText());
        assertEquals(List.of("economic[301].personnel|283.68|283.67|0.01|0.11"), figures(wages));
        assertEquals(dec("283.68"), wages.at("/figures/0/stated").decimalValue());
    }

    @Test
    void errorsAndWarningsAreFoundAndAnInvalidBudgetIsNotSubmitted() {
        String dept = SeedFixture.department("N");
        String broken = SeedFixture.seedBudget()
                .replace("\"publicUse\": 8.62", "\"publicUse\": 9.62")                  // 302 ≠ Σ 款 by 1.00
                .replace("\"name\": \"行政运行\"", "\"name\": \"行政运行（机关）\"")          // name differs from the catalog
                .replace("{\"code\": \"2082702\"", "{\"code\": \"2089901\", \"name\": \"其他社会保障和就业支出\"}, {\"code\": \"2082702\"");
        given().contentType(ContentType.JSON).body(broken).put("/api/v1/budgets/{dept}/{year}", dept, 2022).then().statusCode(201);
        JsonNode report = Json.read(given().get("/api/v1/budgets/{dept}/{year}/validation", dept, 2022).then().statusCode(200));

        JsonNode office = find(report.get("findings"), "economic.parent-sum", "302 商品和服务支出");
        assertEquals("error", office.get("severity").asText());
        assertEquals(List.of("economic[302].publicUse|47.65|48.65|-1.00|0.08"), figures(office));
        assertEquals("warning", find(report.get("findings"), "functional.name-differs", "2010301 行政运行（机关）")
                .get("severity").asText());
        assertEquals("error", find(report.get("findings"), "functional.parent-missing", "2089901 其他社会保障和就业支出")
                .get("severity").asText());
        assertEquals("error", report.at("/findings/0/severity").asText(), "errors first");

        given().post("/api/v1/budgets/{dept}/{year}/submit", dept, 2022).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:openbudget:problem:budget-invalid"))
                .body("errors.field", hasItem("economic[302].publicUse"));
        given().get("/api/v1/budgets/{dept}/{year}", dept, 2022).then().body("status", equalTo("draft"));
    }

    static JsonNode find(JsonNode findings, String rule, String subject) {
        for (JsonNode f : findings) {
            if (f.get("rule").asText().equals(rule) && f.get("subject").asText().equals(subject)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " finding about " + subject + " in " + findings.toPrettyString());
    }

    private static List<String> figures(JsonNode finding) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : finding.get("figures")) {
            out.add(f.get("cell").asText() + "|" + f.get("stated").decimalValue().toPlainString() + "|"
                    + f.get("expected").decimalValue().toPlainString() + "|" + f.get("difference").decimalValue().toPlainString()
                    + "|" + f.get("tolerance").decimalValue().toPlainString());
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
