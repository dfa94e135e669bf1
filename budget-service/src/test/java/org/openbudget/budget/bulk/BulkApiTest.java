package org.openbudget.budget.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.Json;
import org.openbudget.budget.SeedFixture;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/bulk} (issue 16): the same content as the single PUTs gives the same events; one refused item
 * refuses the request with nothing stored; the size limit.
 */
@QuarkusTest
class BulkApiTest {

    private static final String BUDGET = "/api/v1/budgets/{dept}/{year}";

    @Inject
    AgroalDataSource db;

    @Test
    void theBulkApiEmitsTheEventsOfTheSingleItemApiForTheSameContent() {
        String single = SeedFixture.uniqueCode("S");
        given().contentType(ContentType.JSON).body(profile()).put("/api/v1/departments/{code}", single)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(BUDGET, single, 2022).then().statusCode(201);
        given().contentType(ContentType.JSON).body(SeedFixture.seedBudget()).put(BUDGET, single, 2023).then().statusCode(201);
        given().contentType(ContentType.JSON).body(changed()).put(BUDGET, single, 2022).then().statusCode(200);
        given().contentType(ContentType.JSON).body(changed()).put(BUDGET, single, 2022).then().statusCode(200); // identical

        String bulk = SeedFixture.uniqueCode("B");
        JsonNode first = Json.read(post(items(
                item(bulk, 2022, profile(), SeedFixture.seedBudget()),
                item(bulk, 2023, null, SeedFixture.seedBudget()))).then().statusCode(200));
        assertEquals(2, first.get("items").size());
        assertEquals(bulk, first.at("/items/0/department").asText());
        assertEquals(2022, first.at("/items/0/year").asInt());
        assertEquals(1, first.at("/items/0/parts/profile/version").asLong());
        assertTrue(first.at("/items/0/parts/profile/created").asBoolean());
        assertEquals(1, first.at("/items/0/parts/budget/version").asLong());
        assertEquals("\"1\"", first.at("/items/0/parts/budget/etag").asText());
        assertEquals(2023, first.at("/items/1/year").asInt());
        assertTrue(first.at("/items/1/parts/profile").isMissingNode(), "only the parts the item gave");
        // the ETag answered is the If-Match of the next write, as with the single PUT
        JsonNode second = Json.read(post(items(item(bulk, 2022, null, changed(), "\"1\""))).then().statusCode(200));
        assertEquals(2, second.at("/items/0/parts/budget/version").asLong());
        assertFalse(second.at("/items/0/parts/budget/created").asBoolean());
        JsonNode identical = Json.read(post(items(item(bulk, 2022, null, changed()))).then().statusCode(200));
        assertEquals(2, identical.at("/items/0/parts/budget/version").asLong(), "an identical part changes nothing");

        List<JsonNode> expected = OutboxEvents.ofDepartment(db, single);
        List<JsonNode> actual = OutboxEvents.ofDepartment(db, bulk);
        assertEquals(List.of("org.openbudget.budget.department.changed.v1",
                        "org.openbudget.budget.department-budget.changed.v1",
                        "org.openbudget.budget.department-budget.changed.v1",
                        "org.openbudget.budget.department-budget.changed.v1"),
                expected.stream().map(e -> e.get("type").asText()).toList(), "the single PUTs' four changes");
        assertEquals(expected, actual);
        // the stored budget reads the same as well
        JsonNode a = Json.read(given().get(BUDGET, single, 2022).then().statusCode(200));
        JsonNode b = Json.read(given().get(BUDGET, bulk, 2022).then().statusCode(200));
        assertEquals(a.get("functional"), b.get("functional"));
        assertEquals(a.get("revenue"), b.get("revenue"));
    }

    @Test
    void aBadItemAmongValidOnesIsNamedAndNothingIsStored() {
        String existing = SeedFixture.department("X");
        String fresh = SeedFixture.uniqueCode("N");
        long events = OutboxEvents.count(db);
        long versions = OutboxEvents.versions(db);
        String badCode = SeedFixture.seedBudget().replaceFirst("\"code\": \"201\"", "\"code\": \"2x1\"");

        JsonNode refused = Json.read(post(items(
                item(fresh, 2022, profile(), SeedFixture.seedBudget()),
                item(existing, 2022, null, SeedFixture.seedBudget()),
                item(existing, 2023, null, badCode))).then().statusCode(400).contentType("application/problem+json"));
        JsonNode field = refused.at("/errors/0/field");
        assertEquals("items[2].budget.functional.lines[0].code", field.asText(), refused.toString());

        // refused while writing (a code twice: the single PUT's own check), after the valid items were written
        String twice = SeedFixture.seedBudget().replaceFirst("\"code\": \"20103\"", "\"code\": \"201\"");
        JsonNode late = Json.read(post(items(
                item(fresh, 2022, profile(), SeedFixture.seedBudget()),
                item(existing, 2022, null, SeedFixture.seedBudget()),
                item(existing, 2023, null, twice))).then().statusCode(400));
        assertTrue(late.at("/errors/0/field").asText().matches("items\\[2]\\.budget\\.functional\\.lines\\[\\d+]\\.code"),
                late.toString());

        // a budget whose department exists nowhere: the single PUT's 404, naming the item's department
        String nowhere = SeedFixture.uniqueCode("Z");
        JsonNode missing = Json.read(post(items(
                item(existing, 2022, null, SeedFixture.seedBudget()),
                item(nowhere, 2022, null, SeedFixture.seedBudget()))).then().statusCode(404));
        assertEquals("items[1].department", missing.at("/errors/0/field").asText());

        assertEquals(events, OutboxEvents.count(db), "no outbox row");
        assertEquals(versions, OutboxEvents.versions(db), "no version");
        given().get("/api/v1/departments/{code}", fresh).then().statusCode(404);
        given().get(BUDGET, existing, 2022).then().statusCode(404);
    }

    @Test
    void theRequestsOwnShapeIsChecked() {
        String dept = SeedFixture.department("Y");
        JsonNode refused = Json.read(post(items(
                item(dept, 2022, profile(), null),
                item(dept, 2023, profile(), SeedFixture.seedBudget()),
                item(dept, 2023, null, SeedFixture.seedBudget()),
                "{\"department\": \"" + dept + "\", \"year\": 2024}",
                "{\"department\": \"a-b\", \"year\": 1800}")).then().statusCode(400));
        List<String> fields = new ArrayList<>();
        refused.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        // Bean Validation first, as on the single PUT; the request's shape once the parts are valid
        assertEquals(List.of("items[4].department", "items[4].year"), fields, refused.toString());
        JsonNode shape = Json.read(post(items(
                item(dept, 2022, profile(), null),
                item(dept, 2023, profile(), SeedFixture.seedBudget()),
                item(dept, 2023, null, SeedFixture.seedBudget()),
                "{\"department\": \"" + dept + "\", \"year\": 2024}")).then().statusCode(400));
        fields.clear();
        shape.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("items[1].profile", "items[2].budget", "items[3]"), fields, shape.toString());
        // an unknown part is an unknown field, as everywhere
        post("{\"items\": [{\"department\": \"" + dept + "\", \"year\": 2022, \"targets\": {}}]}").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("items[0].targets"));
        post("{\"items\": [" + item(dept, 2022, null, SeedFixture.seedBudget(), "\"7\"") + "]}").then().statusCode(412)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("items[0].ifMatch.budget"));
        given().contentType(ContentType.JSON).post("/api/v1/bulk").then().statusCode(400);
    }

    @Test
    void moreItemsThanTheLimitAre413NamingItems() {
        long events = OutboxEvents.count(db);
        List<String> many = new ArrayList<>();
        String dept = SeedFixture.uniqueCode("L");
        for (int i = 0; i < 501; i++) {
            many.add("{\"department\": \"" + dept + "\", \"year\": " + (1990 + i % 100) + ", \"profile\": " + profile() + "}");
        }
        post(items(many.toArray(String[]::new))).then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("items"));
        assertEquals(events, OutboxEvents.count(db));
    }

    private static io.restassured.response.Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/bulk");
    }

    static String items(String... items) {
        return "{\"items\": [" + String.join(",\n", items) + "]}";
    }

    static String item(String dept, int year, String profile, String budget) {
        return item(dept, year, profile, budget, null);
    }

    static String item(String dept, int year, String profile, String budget, String budgetIfMatch) {
        StringBuilder item = new StringBuilder("{\"department\": \"" + dept + "\", \"year\": " + year);
        if (profile != null) {
            item.append(", \"profile\": ").append(profile);
        }
        if (budget != null) {
            item.append(", \"budget\": ").append(budget);
        }
        if (budgetIfMatch != null) {
            item.append(", \"ifMatch\": {\"budget\": ").append(new com.fasterxml.jackson.databind.node.TextNode(budgetIfMatch).toString()).append('}');
        }
        return item.append('}').toString();
    }

    static String profile() {
        return """
                {"name": "%s", "region": {"code": "130127", "name": "高邑县"},
                 "units": [{"name": "高邑县政府办本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"}],
                 "duties": ["负责政府日常事务"]}""".formatted(SeedFixture.SEED_NAME);
    }

    /** The seed with another revenue figure: a change of content. */
    static String changed() {
        return SeedFixture.seedBudget().replace("\"generalBudget\": 394.30", "\"generalBudget\": 400.00");
    }
}
