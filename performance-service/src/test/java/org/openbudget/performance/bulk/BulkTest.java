package org.openbudget.performance.bulk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.performance.targets.EventLog;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/bulk} (issue 16): the same versions and the same events as the single PUT for the same content;
 * one refused item refuses the request and stores nothing.
 */
@QuarkusTest
class BulkTest {

    private static final String BULK = "/api/v1/bulk";
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @Inject
    DataSource dataSource;

    @Inject
    @PersistenceUnitExtension
    PreparedInserts inserts;

    @Test
    void theBulkEmitsTheEventsOfTheSinglePutsForTheSameContent() {
        int year = 2022;
        String[] single = {dept("S"), dept("S")};
        String[] bulk = {dept("M"), dept("M")};

        // round 1: both created, one the clean set, one the seed's section 五
        put(single[0], year, clean()).then().statusCode(201);
        put(single[1], year, seed()).then().statusCode(201);
        JsonNode first = bulk(item(bulk[0], year, clean()), item(bulk[1], year, seed()))
                .then().statusCode(200).extract().as(JsonNode.class);
        assertPart(first, 0, bulk[0], year, 1, true);
        assertPart(first, 1, bulk[1], year, 1, true);

        // the first of each pair published, so that round 2 starts its adjustment (revision 2)
        for (String dept : new String[]{single[0], bulk[0]}) {
            for (String step : new String[]{"submit", "approve", "publish"}) {
                json().post(set(dept, year) + "/" + step).then().statusCode(200);
            }
        }

        // round 2: an adjustment of a published revision and a replaced draft
        put(single[0], year, seed()).then().statusCode(200).body("revision", equalTo(2));
        put(single[1], year, clean()).then().statusCode(200);
        JsonNode second = bulk(item(bulk[0], year, seed()), item(bulk[1], year, clean()))
                .then().statusCode(200).extract().as(JsonNode.class);
        assertPart(second, 0, bulk[0], year, 5, false);
        assertPart(second, 1, bulk[1], year, 2, false);

        // round 3: identical content changes nothing and emits nothing, through either API
        put(single[1], year, clean()).then().statusCode(200);
        JsonNode third = bulk(item(bulk[0], year, seed()), item(bulk[1], year, clean()))
                .then().statusCode(200).extract().as(JsonNode.class);
        assertPart(third, 0, bulk[0], year, 5, false);
        assertPart(third, 1, bulk[1], year, 2, false);

        for (int i = 0; i < 2; i++) {
            List<JsonNode> expected = events(single[i], year);
            List<JsonNode> actual = events(bulk[i], year);
            assertEquals(i == 0 ? 5 : 2, expected.size(), "events of the single PUTs of " + single[i]);
            assertEquals(expected, actual, "events of " + bulk[i] + " (bulk) vs " + single[i] + " (single PUTs)");
            // the GET's ETag is the version the bulk answered
            json().get(set(bulk[i], year)).then().statusCode(200)
                    .header("ETag", equalTo(third.path("items").get(i).path("parts").path("targets").path("etag").asText()));
        }
        // and the relay sends them like any other
        assertEquals(2, EventLog.await(bulk[1] + ":" + year, 2).size());
    }

    @Test
    void eachItemsSubGoalsAndProjectsGoToTheDatabaseInOneBatchEach() {
        // the seed's section 五: 3 sub-goals and 4 project tables per department-year; every item is flushed on its
        // own, so pooled ids give one batch per table and item where identity keys needed one insert per row
        int items = 10;
        ObjectNode[] bulk = new ObjectNode[items];
        for (int i = 0; i < items; i++) {
            bulk[i] = item(dept("B"), 2025, seed());
        }
        long subGoals = inserts.of("performance_sub_goal");
        long projects = inserts.of("performance_project");

        bulk(bulk).then().statusCode(200);

        assertEquals(items, inserts.of("performance_sub_goal") - subGoals, "sub-goal insert statements for 30 rows");
        assertEquals(items, inserts.of("performance_project") - projects, "project insert statements for 40 rows");
        json().get(set(bulk[items - 1].path("department").asText(), 2025)).then().statusCode(200)
                .body("projects.size()", equalTo(4)).body("subGoals.size()", equalTo(3));
    }

    @Test
    void oneInvalidItemAmongValidOnesRefusesTheRequestAndStoresNothing() {
        int year = 2023;
        String existing = dept("E");
        put(existing, year, clean()).then().statusCode(201);
        String[] fresh = {dept("F"), dept("F"), dept("F")};
        Counts before = counts();

        Response refused = bulk(
                item(fresh[0], year, clean()),
                item(existing, year, seed()),
                item(fresh[1], year, edit(clean(), b -> budget(b, 1).put("value", new java.math.BigDecimal("380000.005")))),
                item(fresh[2], year, edit(seed(), b -> b.put("overallGoal", " "))),
                item(fresh[2], year + 1, edit(clean(), b -> project(b, 1).put("id", "daqiban"))));
        refused.then().statusCode(400).contentType(startsWith(PROBLEM));
        assertEquals(List.of("items[2].targets.projects[1].budget.value", "items[3].targets.overallGoal",
                "items[4].targets.projects[1].id"), fields(refused));

        assertEquals(before, counts(), "a refused bulk stored a set, a revision or an outbox row");
        json().get(set(existing, year)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("overallGoal", equalTo(clean().path("overallGoal").asText()));
        json().get(set(fresh[0], year)).then().statusCode(404);
    }

    @Test
    void theShapeIsCheckedAsTheSinglePutChecksItItemByItem() {
        String dept = dept("J");
        Counts before = counts();
        assertRefused(bulk(item(dept, 2022, clean()), item(dept, 2023, edit(clean(), b -> b.put("remarks", "x")))),
                400, List.of("items[1].targets.remarks"));
        assertRefused(bulkRaw("{\"items\": [{\"department\": \"" + dept + "\", \"year\": \"x\", \"targets\": {}}]}"),
                400, List.of("items[0].year"));
        assertRefused(bulk(item(dept, 2022, clean()), item(dept, 2022, seed())), 400, List.of("items[1]"));
        assertRefused(bulk(item("no/such", 2022, clean())), 400, List.of("items[0].department"));
        assertRefused(bulk(item(dept, 1999, clean())), 400, List.of("items[0].year"));
        assertRefused(bulkRaw("{\"items\": [{\"department\": \"" + dept + "\", \"year\": 2022}]}"), 400,
                List.of("items[0].targets"));
        assertRefused(bulkRaw("{}"), 400, List.of("items"));
        ObjectNode unknownPart = item(dept, 2022, clean());
        unknownPart.putObject("ifMatch").put("budget", "1");
        assertRefused(bulk(unknownPart), 400, List.of("items[0].ifMatch.budget"));
        assertEquals(before, counts());
    }

    @Test
    void aStaleIfMatchOrAFrozenRevisionRefusesTheRequestNamingTheItem() {
        int year = 2024;
        String draft = dept("D");
        String submitted = dept("U");
        String fresh = dept("N");
        put(draft, year, clean()).then().statusCode(201);
        put(submitted, year, clean()).then().statusCode(201);
        json().post(set(submitted, year) + "/submit").then().statusCode(200);
        Counts before = counts();

        ObjectNode stale = item(draft, year, seed());
        stale.putObject("ifMatch").put("targets", "\"7\"");
        assertRefused(bulk(item(fresh, year, clean()), stale), 412, List.of("items[1].ifMatch.targets"));

        Response frozen = bulk(item(fresh, year, clean()), item(submitted, year, seed()));
        assertRefused(frozen, 409, List.of("items[1].targets.status"));
        frozen.then().body("type", equalTo("urn:openbudget:problem:budget-not-editable"));
        assertEquals(before, counts());

        // the version the client read is accepted
        ObjectNode current = item(draft, year, seed());
        current.putObject("ifMatch").put("targets", "W/\"1\"");
        assertPart(bulk(item(fresh, year, clean()), current).then().statusCode(200).extract().as(JsonNode.class),
                1, draft, year, 2, false);
    }

    @Test
    void moreItemsThanTheLimitIs413() {
        StringBuilder body = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 501; i++) {
            body.append(i == 0 ? "" : ",").append("{}");
        }
        Counts before = counts();
        assertRefused(bulkRaw(body.append("]}").toString()), 413, List.of("items"));
        assertEquals(before, counts());
    }

    // ---- helpers

    private record Counts(long sets, long revisions, long outbox) {
    }

    private Counts counts() {
        return new Counts(count("performance_target_set"), count("performance_revision"), count("outbox_event"));
    }

    private long count(String table) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from " + table);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key's outbox events as type, subject and data, the department replaced by a placeholder and every time
     * ({@code …At}) left out: what the single PUT and the bulk must agree on.
     */
    private List<JsonNode> events(String dept, int year) {
        List<JsonNode> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select payload from outbox_event where message_key = ? order by position")) {
            s.setString(1, dept + ":" + year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonNode event = tree(rs.getString(1).replace(dept, "DEPT"));
                    ObjectNode kept = MAPPER.createObjectNode();
                    kept.set("type", event.path("type"));
                    kept.set("subject", event.path("subject"));
                    kept.set("data", withoutTimes(event.path("data").deepCopy()));
                    events.add(kept);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    private static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().endsWith("At")) {
                    fields.remove();
                } else {
                    withoutTimes(f.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(BulkTest::withoutTimes);
        }
        return node;
    }

    private static void assertPart(JsonNode answer, int index, String dept, int year, long version, boolean created) {
        JsonNode item = answer.path("items").get(index);
        assertEquals(dept, item.path("department").asText());
        assertEquals(year, item.path("year").asInt());
        JsonNode part = item.path("parts").path("targets");
        assertEquals(version, part.path("version").asLong(), "version of items[" + index + "]");
        assertEquals("\"" + version + "\"", part.path("etag").asText());
        assertEquals(created, part.path("created").asBoolean(), "created of items[" + index + "]");
    }

    private static void assertRefused(Response response, int status, List<String> fields) {
        response.then().statusCode(status).contentType(startsWith(PROBLEM));
        assertEquals(fields, fields(response), response.asString());
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        tree(response.asString()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static String dept(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String set(String dept, int year) {
        return "/api/v1/performance/" + dept + "/" + year;
    }

    private static RequestSpecification json() {
        return RestAssured.given().contentType("application/json; charset=UTF-8").accept("application/json");
    }

    private static Response put(String dept, int year, JsonNode body) {
        return json().body(body.toString()).put(set(dept, year));
    }

    private static ObjectNode item(String dept, int year, JsonNode targets) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("department", dept);
        item.put("year", year);
        item.set("targets", targets);
        return item;
    }

    private static Response bulk(ObjectNode... items) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode array = body.putArray("items");
        for (ObjectNode item : items) {
            array.add(item);
        }
        return bulkRaw(body.toString());
    }

    private static Response bulkRaw(String body) {
        return json().body(body).post(BULK);
    }

    private static JsonNode clean() {
        return tree(resource("/clean-set.json"));
    }

    private static JsonNode seed() {
        return tree(resource("/seed-434-2022-performance.json"));
    }

    private static JsonNode edit(JsonNode set, Consumer<ObjectNode> change) {
        ObjectNode copy = set.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static ObjectNode project(ObjectNode set, int index) {
        return (ObjectNode) set.get("projects").get(index);
    }

    private static ObjectNode budget(ObjectNode set, int index) {
        return (ObjectNode) project(set, index).get("budget");
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BulkTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
