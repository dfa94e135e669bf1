package org.openbudget.budget.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A stored budget's codes are checked against its own year's catalog (issue 14 item 7): the seed with a 234
 * 抗疫特别国债安排的支出 row added — 234 is retired in 2023 (disclosure-model's changes.csv) — validates clean in 2022,
 * and is reported obsolete, not unknown, in 2025; a year after the shipped ones says which catalog answered.
 */
@QuarkusTest
class YearCatalogValidationTest {

    @Test
    void aRetiredCodeIsValidInItsYearAndObsoleteLater() throws Exception {
        String dept = SeedFixture.department("Y");
        for (int year : new int[]{2022, 2025, 2030}) {
            given().contentType(ContentType.JSON).body(seedWith234()).put("/api/v1/budgets/{dept}/{year}", dept, year)
                    .then().statusCode(201);
        }
        assertEquals(List.of(), codeFindings(dept, 2022));
        assertEquals(List.of("functional.code-obsolete|234 抗疫特别国债安排的支出: obsolete in 2025 (retired after 2022)"),
                codeFindings(dept, 2025));
        assertEquals(List.of("functional.code-obsolete|234 抗疫特别国债安排的支出: obsolete in 2030 (retired after 2022)"
                + " (no 2030 catalog: the 2026 one is used)"), codeFindings(dept, 2030));
    }

    @Test
    void everyShippedYearHasItsOwnCatalog() {
        // changed behaviour: 2023–2026 used to fall back to the 2022 catalog
        JsonNode years = Json.read(given().get("/api/v1/classifications/functional/years").then().statusCode(200));
        List<Integer> listed = new ArrayList<>();
        years.forEach(y -> listed.add(y.asInt()));
        assertEquals(true, listed.containsAll(List.of(2022, 2023, 2024, 2025, 2026)), listed.toString());
        JsonNode classes2023 = Json.read(given().queryParam("year", 2023).queryParam("level", "类")
                .get("/api/v1/classifications/functional").then().statusCode(200));
        assertEquals(29, classes2023.get("total").asInt(), "234 is retired in 2023");
        JsonNode added = Json.read(given().queryParam("year", 2024).queryParam("q", "22006")
                .get("/api/v1/classifications/functional").then().statusCode(200));
        assertEquals("耕地保护考核奖惩基金支出", added.at("/items/0/name").asText());
        assertEquals(2024, added.at("/items/0/catalogYear").asInt());
    }

    private static String seedWith234() throws Exception {
        ObjectNode budget = (ObjectNode) Json.MAPPER.readTree(SeedFixture.seedBudget());
        ((com.fasterxml.jackson.databind.node.ArrayNode) budget.withObject("/functional").withArray("lines"))
                .addObject().put("code", "234").put("name", "抗疫特别国债安排的支出");
        return budget.toString();
    }

    /** The code findings of the stored budget's report: rule|message. */
    private static List<String> codeFindings(String dept, int year) {
        JsonNode report = Json.read(given().get("/api/v1/budgets/{dept}/{year}/validation", dept, year).then().statusCode(200));
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String rule = f.get("rule").asText();
            if (rule.contains(".code-") || rule.contains(".name-")) {
                out.add(rule + "|" + f.get("message").asText());
            }
        }
        return out;
    }
}
