package org.openbudget.budget.departmentbudget;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;
import org.openbudget.common.outbox.OutboxEvent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.budget.Json.amount;
import static org.openbudget.budget.Json.dec;

/** The department-year budget as one JSON document: storage, units, workflow, adjustments, line edits. */
@QuarkusTest
class BudgetResourceTest {

    private static long outboxRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", key));
    }

    @Test
    void theSeedIsStoredInYuanAndReadBackInEitherUnit() {
        String dept = SeedFixture.department("B");
        JsonNode created = Json.read(given().contentType(ContentType.JSON).body(SeedFixture.seedBudget())
                .put("/api/v1/budgets/{dept}/{year}", dept, 2022)
                .then().statusCode(201).header("ETag", "\"1\""));
        assertEquals("draft", created.get("status").asText());
        assertEquals(0, created.get("adjustment").asInt());
        assertEquals("万元", created.get("inputUnit").asText());
        assertEquals("万元", created.get("unit").asText());
        assertEquals(SeedFixture.SEED_NAME, created.get("departmentName").asText());

        JsonNode wan = Json.read(given().get("/api/v1/budgets/{dept}/{year}", dept, 2022).then().statusCode(200));
        assertEquals(dec("394.30"), amount(wan, "/revenue/generalBudget"));
        assertNull(amount(wan, "/revenue/governmentFund"), "a blank source stays blank");
        JsonNode row = line(wan, "/functional/lines", "2010301");
        assertEquals("行政运行", row.get("name").asText());
        assertEquals(dec("258.93"), amount(row, "/expenditure/generalBudget/basic"));
        assertNull(amount(row, "/expenditure/generalBudget/project"));
        assertEquals(dec("336.30"), amount(wan, "/functional/total/expenditure/generalBudget/basic"));
        assertEquals(dec("283.68"), amount(line(wan, "/economic/lines", "301"), "/personnel"));
        assertEquals("主要是大气办、人防办项目减少", wan.at("/priorYear/2/reason").asText());
        assertEquals(dec("622.86"), amount(wan, "/priorYear/2/amount"));

        // the canonical unit: 1 万元 = 10000 元, exactly
        JsonNode yuan = Json.read(given().queryParam("unit", "元").get("/api/v1/budgets/{dept}/{year}", dept, 2022)
                .then().statusCode(200));
        assertEquals("元", yuan.get("unit").asText());
        assertEquals(dec("3943000.00"), amount(yuan, "/revenue/generalBudget"));
        assertEquals(dec("143800.00"), amount(line(yuan, "/functional/lines", "2101101"), "/expenditure/generalBudget/basic"));
        assertEquals(dec("3100.00"), amount(yuan, "/threePublic/4/generalBudget"));

        // the same figures again: nothing changes, no event
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget())
                .put("/api/v1/budgets/{dept}/{year}", dept, 2022).then().statusCode(200).body("version", equalTo(1));
        assertEquals(1, outboxRows(dept + ":2022"));

        given().queryParam("unit", "千元").get("/api/v1/budgets/{dept}/{year}", dept, 2022)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("unit"));
        given().get("/api/v1/budgets/{dept}/{year}", dept, 2031).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void statusMovesDraftSubmittedApprovedPublishedAndAPublishedBudgetIsAdjustedNotChanged() {
        String dept = SeedFixture.departmentWithSeedBudget("W");
        String path = "/api/v1/budgets/{dept}/{year}";

        // issue 15: the detail names the budget and its status (common's versioned kit, the same in every owner)
        given().post(path + "/publish", dept, 2022).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:illegal-transition")).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("is draft, publish needs approved"))
                .body("detail", equalTo("cannot publish budget " + dept + "/2022: it is draft; publish moves approved → published"));
        given().post(path + "/approve", dept, 2022).then().statusCode(409);

        given().post(path + "/submit", dept, 2022).then().statusCode(200).body("status", equalTo("submitted")).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(path, dept, 2022)
                .then().statusCode(409).body("errors[0].field", equalTo("status"));
        given().post(path + "/return", dept, 2022).then().statusCode(200).body("status", equalTo("draft"));
        given().post(path + "/submit", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}").post(path + "/approve", dept, 2022)
                .then().statusCode(200).body("status", equalTo("approved"))
                .body("approvalDate", equalTo("2022-01-20")).body("disclosureDueDate", equalTo("2022-02-09"));
        given().post(path + "/publish", dept, 2022).then().statusCode(200).body("status", equalTo("published")).body("version", equalTo(6));
        given().post(path + "/publish", dept, 2022).then().statusCode(409);

        // published is immutable: PUT and line edits are refused and change nothing
        // (issue 15: the title is the kit's "Not editable", was "Budget not editable")
        String changed = SeedFixture.seedBudget().replace("\"generalBudget\": 394.30", "\"generalBudget\": 400.00");
        given().contentType(ContentType.JSON).body(changed).put(path, dept, 2022)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:budget-not-editable")).body("errors[0].field", equalTo("status"))
                .body("title", equalTo("Not editable"))
                .body("detail", equalTo("PUT refused: budget " + dept + "/2022 is published; a published version is "
                        + "immutable; POST …/adjustments starts a new draft version (调整)"));
        given().contentType(ContentType.JSON).body("{\"code\": \"30201\", \"name\": \"办公费\", \"publicUse\": 9.00}")
                .put(path + "/lines/economic/30201", dept, 2022).then().statusCode(409).body("errors[0].field", equalTo("status"));
        given().get(path, dept, 2022).then().statusCode(200).body("version", equalTo(6)).body("status", equalTo("published"));
        JsonNode stillPublished = Json.read(given().get(path, dept, 2022).then().statusCode(200));
        assertEquals(dec("394.30"), amount(stillPublished, "/revenue/generalBudget"));
        assertEquals(6, outboxRows(dept + ":2022"));

        // 调整预算: a new draft adjustment, the published one kept as history
        given().contentType(ContentType.JSON).body(changed).post(path + "/adjustments", dept, 2022)
                .then().statusCode(201).body("adjustment", equalTo(1)).body("status", equalTo("draft")).body("version", equalTo(7));
        JsonNode adjusted = Json.read(given().get(path, dept, 2022).then().statusCode(200));
        assertEquals(dec("400.00"), amount(adjusted, "/revenue/generalBudget"));
        JsonNode original = Json.read(given().get(path + "/adjustments/0", dept, 2022).then().statusCode(200));
        assertEquals("published", original.get("status").asText());
        assertEquals(dec("394.30"), amount(original, "/revenue/generalBudget"));
        given().get(path + "/adjustments", dept, 2022).then().statusCode(200)
                .body("adjustment", org.hamcrest.Matchers.contains(0, 1))
                .body("status", org.hamcrest.Matchers.contains("published", "draft"));
        // issue 15: the refusal names what adjust needs (was "is draft, must be published")
        given().post(path + "/adjustments", dept, 2022).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:adjustment-not-allowed"))
                .body("errors[0].message", equalTo("is draft, adjust needs approved or published"))
                .body("detail", equalTo("cannot adjust budget " + dept + "/2022: it is draft; a draft is changed "
                        + "directly; only an approved or published version is adjusted"));
        assertEquals(7, outboxRows(dept + ":2022"));
    }

    /**
     * Issue 15, one workflow for the three owners: an approved budget changes only through an adjustment (调整预算) —
     * before, an adjustment needed a published budget (409 adjustment-not-allowed for an approved one); return does
     * not take it back to draft. The approved adjustment stays as it is, and nothing is published for the public.
     */
    @Test
    void anApprovedBudgetIsAdjustedNotReturned() {
        String dept = SeedFixture.departmentWithSeedBudget("J");
        String path = "/api/v1/budgets/{dept}/{year}";
        given().post(path + "/submit", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"approvalDate\": \"2022-01-20\"}").post(path + "/approve", dept, 2022)
                .then().statusCode(200).body("status", equalTo("approved")).body("version", equalTo(3));

        given().post(path + "/return", dept, 2022).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:illegal-transition"))
                .body("errors[0].message", equalTo("is approved, return needs submitted"))
                .body("detail", containsString("an approved version goes back to draft only through an adjustment"));
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(path, dept, 2022).then().statusCode(409)
                .body("type", equalTo("urn:openbudget:problem:budget-not-editable"))
                .body("detail", containsString("an approved version is frozen; POST …/adjustments"));
        assertEquals(3, outboxRows(dept + ":2022"), "the refusals stored and emitted nothing");

        given().header("If-Match", "\"2\"").post(path + "/adjustments", dept, 2022).then().statusCode(412)
                .body("type", equalTo("urn:openbudget:problem:version-mismatch"));
        given().header("If-Match", "\"3\"").post(path + "/adjustments", dept, 2022).then().statusCode(201)
                .header("ETag", "\"4\"").body("adjustment", equalTo(1)).body("status", equalTo("draft"))
                .body("version", equalTo(4)).body("approvalDate", nullValue());
        given().get(path + "/adjustments", dept, 2022).then().statusCode(200)
                .body("adjustment", contains(0, 1)).body("status", contains("approved", "draft"))
                .body("[0].approvalDate", equalTo("2022-01-20"));
        JsonNode copy = Json.read(given().get(path, dept, 2022).then().statusCode(200));
        assertEquals(dec("394.30"), amount(copy, "/revenue/generalBudget"), "a copy of the approved figures");
        // the new draft is edited in place
        given().contentType(ContentType.JSON).body("{\"generalBudget\": 400.00}").put(path + "/lines/revenue", dept, 2022)
                .then().statusCode(200).body("adjustment", equalTo(1)).body("version", equalTo(5));

        // the event of the adjustment: nothing was ever published, so there is no public version to carry
        JsonNode event = Json.read(lastPayload(dept + ":2022"));
        assertEquals(1, event.at("/data/adjustment").asInt());
        assertEquals(5, event.at("/data/version").asInt());
        assertTrue(event.at("/data/published").isMissingNode() || event.at("/data/published").isNull(),
                "no published adjustment: " + event.at("/data/published"));
        assertEquals(5, outboxRows(dept + ":2022"));
    }

    private static String lastPayload(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("messageKey = ?1 order by position desc", key)
                .firstResult().payload);
    }

    @Test
    void singleLinesAreEditedInEitherUnit() {
        String dept = SeedFixture.departmentWithSeedBudget("L");
        String lines = "/api/v1/budgets/{dept}/{year}/lines";

        // 万元 by default (the unit the budget was entered in); an amount may be a decimal string
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"30201\", \"name\": \"办公费\", \"publicUse\": \"9.62\"}")
                .put(lines + "/economic/30201", dept, 2022).then().statusCode(200).body("version", equalTo(2));
        // 元 when asked: 1234.56 元 is 0.123456 万元, stored exactly
        given().contentType(ContentType.JSON).queryParam("unit", "元")
                .body("{\"code\": \"2010399\", \"name\": \"其他政府办公厅（室）及相关机构事务支出\", "
                        + "\"expenditure\": {\"generalBudget\": {\"project\": 1234.56}}}")
                .put(lines + "/functional/2010399", dept, 2022).then().statusCode(200).body("version", equalTo(3));
        given().contentType(ContentType.JSON).body("{\"item\": \"reception\", \"generalBudget\": 0.41}")
                .put(lines + "/three-public/reception", dept, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"item\": \"reception\", \"amount\": 0.33, \"reason\": \"接待减少\"}")
                .put(lines + "/prior-year/reception", dept, 2022).then().statusCode(200);

        JsonNode yuan = Json.read(given().queryParam("unit", "元").get("/api/v1/budgets/{dept}/{year}", dept, 2022).then().statusCode(200));
        assertEquals(dec("96200.00"), amount(line(yuan, "/economic/lines", "30201"), "/publicUse"));
        assertEquals(dec("1234.56"), amount(line(yuan, "/functional/lines", "2010399"), "/expenditure/generalBudget/project"));
        assertEquals("2010399", yuan.at("/functional/lines/4/code").asText(), "kept in code order, after 2010302");
        assertEquals(dec("4100.00"), amount(yuan, "/threePublic/4/generalBudget"));
        assertEquals("接待减少", yuan.at("/priorYear/6/reason").asText());

        given().delete(lines + "/functional/2010399", dept, 2022).then().statusCode(200).body("version", equalTo(6));
        given().delete(lines + "/functional/2010399", dept, 2022).then().statusCode(404);
        given().get("/api/v1/budgets/{dept}/{year}", dept, 2022).then()
                .body("functional.lines.code", not(hasItem("2010399")));

        // the path and the body must name the same line
        given().contentType(ContentType.JSON).body("{\"code\": \"30202\", \"name\": \"印刷费\", \"publicUse\": 1.00}")
                .put(lines + "/economic/30201", dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().delete(lines + "/three-public/banquets", dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("item"));
        assertEquals(6, outboxRows(dept + ":2022"));
    }

    @Test
    void budgetsAreListedByYearRegionDepartmentAndStatus() {
        String draft = SeedFixture.departmentWithSeedBudget("Q");
        String submitted = SeedFixture.departmentWithSeedBudget("Q");
        given().post("/api/v1/budgets/{dept}/{year}/submit", submitted, 2022).then().statusCode(200);

        given().queryParam("year", 2022).queryParam("region", "130127").queryParam("pageSize", 500)
                .get("/api/v1/budgets").then().statusCode(200)
                .body("items.department", hasItem(draft)).body("items.department", hasItem(submitted));
        given().queryParam("department", submitted).get("/api/v1/budgets").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("submitted"))
                .body("items[0].departmentName", equalTo(SeedFixture.SEED_NAME));
        given().queryParam("department", draft).queryParam("status", "submitted").get("/api/v1/budgets")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("status", "done").get("/api/v1/budgets").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    static JsonNode line(JsonNode doc, String pointer, String code) {
        for (JsonNode line : doc.at(pointer)) {
            if (code.equals(line.get("code").asText())) {
                return line;
            }
        }
        throw new AssertionError("no line " + code + " in " + pointer);
    }
}
