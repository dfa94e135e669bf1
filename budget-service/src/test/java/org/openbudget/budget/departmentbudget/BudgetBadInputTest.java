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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input is a 4xx problem naming the field, and the stored budget and its events stay as they were. */
@QuarkusTest
class BudgetBadInputTest {

    private static final String PATH = "/api/v1/budgets/{dept}/{year}";

    private static String seedWith(String from, String to) {
        String seed = SeedFixture.seedBudget();
        if (!seed.contains(from)) {
            throw new IllegalStateException("the seed JSON has no " + from);
        }
        return seed.replace(from, to);
    }

    private static void rejected(String dept, String body, int status, String field) {
        given().contentType(ContentType.JSON).body(body).put(PATH, dept, 2022)
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("errors.field", hasItem(field));
    }

    @Test
    void badDocumentsAreRefusedNamingTheFieldAndChangeNothing() {
        String dept = SeedFixture.departmentWithSeedBudget("X");
        String before = given().get(PATH, dept, 2022).then().statusCode(200).extract().asString();

        // malformed JSON
        given().contentType(ContentType.JSON).body("{\"unit\": \"万元\",, \"revenue\": {}}")
                .put(PATH, dept, 2022).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:malformed-json")).body("errors[0].field", equalTo("$"));
        // … also inside a nested object, where the parser's error names the object it was reading
        given().contentType(ContentType.JSON).body("{\"unit\": \"万元\", \"revenue\": {\"generalBudget\": 1,, }}")
                .put(PATH, dept, 2022).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("revenue"));
        given().contentType(ContentType.JSON).body("{\"unit\": \"万元\", \"revenue\": {")
                .put(PATH, dept, 2022).then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
        // wrong types: a code as a number, an amount as a word, a list as an object
        rejected(dept, seedWith("{\"code\": \"2010301\"", "{\"code\": 2010301"), 400, "functional.lines[2].code");
        rejected(dept, seedWith("\"generalBudget\": 394.30", "\"generalBudget\": \"很多\""), 400, "revenue.generalBudget");
        rejected(dept, "{\"unit\": \"万元\", \"threePublic\": {\"item\": \"total\"}}", 400, "threePublic");
        // an unknown field and an unknown unit
        rejected(dept, seedWith("\"unit\": \"万元\",", "\"unit\": \"万元\", \"status\": \"published\","), 400, "status");
        rejected(dept, seedWith("\"unit\": \"万元\"", "\"unit\": \"千元\""), 400, "unit");
        rejected(dept, seedWith("\"unit\": \"万元\",", ""), 400, "unit");
        // a negative amount, more than 2 decimals, an amount too large for numeric(18,2)
        rejected(dept, seedWith("\"personnel\": 99.76", "\"personnel\": -99.76"), 400, "economic.lines[1].personnel");
        rejected(dept, seedWith("{\"item\": \"reception\", \"generalBudget\": 0.31}", "{\"item\": \"reception\", \"generalBudget\": 0.315}"),
                400, "threePublic[4].generalBudget");
        rejected(dept, seedWith("\"generalBudget\": 394.30", "\"generalBudget\": 1234567890123.00"), 400, "revenue.generalBudget");
        // codes of the wrong shape: PDF-split, too long, letters, an item that does not exist
        rejected(dept, seedWith("\"code\": \"2110301\"", "\"code\": \"211030 1\""), 400, "functional.lines[18].code");
        rejected(dept, seedWith("\"code\": \"30305\"", "\"code\": \"303050\""), 400, "economic.lines[22].code");
        rejected(dept, seedWith("\"code\": \"221\"", "\"code\": \"22A\""), 400, "functional.lines[19].code");
        rejected(dept, seedWith("{\"item\": \"reception\"", "{\"item\": \"banquets\""), 400, "threePublic[4].item");
        // the same code twice, a missing name
        rejected(dept, seedWith("\"code\": \"30202\"", "\"code\": \"30201\""), 400, "economic.lines[14].code");
        rejected(dept, seedWith("\"name\": \"行政运行\", ", ""), 400, "functional.lines[2].name");
        // a department that does not exist, a year out of range, a malformed department code
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(PATH, "NOSUCHDEPT", 2022)
                .then().statusCode(404).contentType("application/problem+json").body("errors[0].field", equalTo("dept"));
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(PATH, dept, 1800)
                .then().statusCode(400).body("errors[0].field", startsWith("year"));
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(PATH, "43-4", 2022)
                .then().statusCode(400).body("errors[0].field", startsWith("dept"));
        // a stale If-Match
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"").body(seedWith("394.30", "394.31"))
                .put(PATH, dept, 2022).then().statusCode(412).body("type", equalTo("urn:openbudget:problem:version-mismatch"));
        // a malformed If-Match (issue 15: common's one parser; the message was "must be the version number of the budget")
        given().contentType(ContentType.JSON).header("If-Match", "\"v9\"").body(seedWith("394.30", "394.31"))
                .put(PATH, dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("If-Match"))
                .body("errors[0].message", equalTo("must be the version number you read (the ETag), e.g. \"3\""));

        String after = given().get(PATH, dept, 2022).then().statusCode(200).extract().asString();
        JsonNode a = Json.read(before);
        JsonNode b = Json.read(after);
        assertEquals(a, b, "the stored budget is unchanged");
        assertEquals(1, b.get("version").asInt());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", dept + ":2022")),
                "refused requests leave no event");
    }

    @Test
    void badLineEditsAreRefusedToo() {
        String dept = SeedFixture.departmentWithSeedBudget("Y");
        String lines = PATH + "/lines";
        given().contentType(ContentType.JSON).body("{\"code\": \"30201\", \"name\": \"办公费\", \"publicUse\": -1}")
                .put(lines + "/economic/30201", dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("publicUse"));
        given().contentType(ContentType.JSON).body("{\"code\": \"30201\", \"name\": \"办公费\", \"publicUse\": 1.001}")
                .put(lines + "/economic/30201", dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("publicUse"));
        given().contentType(ContentType.JSON).body("{\"code\": \"3020\", \"name\": \"办公费\"}")
                .put(lines + "/economic/3020", dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body("{\"code\": \"30201\", \"name\": \"办公费\", \"publicUse\": 1}")
                .queryParam("unit", "千元").put(lines + "/economic/30201", dept, 2022).then().statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        given().contentType(ContentType.JSON).body("{\"item\": \"total\", \"amount\": 1, \"surprise\": true}")
                .put(lines + "/prior-year/total", dept, 2022).then().statusCode(400).body("errors[0].field", equalTo("surprise"));
        given().get(PATH, dept, 2022).then().body("version", equalTo(1));
    }
}
