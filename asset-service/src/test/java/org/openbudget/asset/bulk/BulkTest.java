package org.openbudget.asset.bulk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/**
 * {@code POST /api/v1/bulk} (issue 16): the same versions and the same events as the single PUTs of the holdings and
 * the procurement plan for the same content; one refused item refuses the request and stores nothing.
 */
@QuarkusTest
class BulkTest {

    private static final String BULK = "/api/v1/bulk";
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** The seed's 固定资产占用情况表 (434, 2021-12-31), in 万元. */
    private static final String HOLDINGS = """
            {"unit": "万元", "totalValue": 947.09, "vehicles": {"quantity": 8, "value": 138.26},
             "otherFixedAssets": {"quantity": 568, "value": 808.83}}""";
    /** The same table a year later, in 元, with buildings and office space. */
    private static final String HOLDINGS_2 = """
            {"unit": "元", "totalValue": 12000000.00, "buildings": {"quantity": 1500.50, "value": 9000000.00},
             "officeBuildings": {"quantity": 800.00, "value": 5000000.00}, "vehicles": {"quantity": 6, "value": 1000000.00},
             "otherFixedAssets": {"quantity": 300, "value": 2000000.00}}""";

    @Inject
    DataSource dataSource;

    @Test
    void theBulkEmitsTheEventsOfTheSinglePutsForTheSameContent() {
        String single = uniqueDepartment();
        String bulk = uniqueDepartment();
        String singleMidYear = uniqueDepartment();
        String bulkMidYear = uniqueDepartment();

        // round 1: everything new; the holdings as of the end of the year before the budget year (the default)
        api().body(HOLDINGS).put("/api/v1/assets/" + single + "/2021-12-31").then().statusCode(201);
        api().body(plan("打印机", "2350.50")).put(plan(single)).then().statusCode(201);
        api().body(HOLDINGS).put("/api/v1/assets/" + singleMidYear + "/2022-06-30").then().statusCode(201);
        ObjectNode midYear = item(bulkMidYear, 2022, HOLDINGS, null);
        midYear.put("holdingsAsOf", "2022-06-30");
        JsonNode first = bulk(item(bulk, 2022, HOLDINGS, plan("打印机", "2350.50")), midYear)
                .then().statusCode(200).extract().as(JsonNode.class);
        assertPart(first, 0, "holdings", 1, true);
        assertPart(first, 0, "procurement", 1, true);
        assertPart(first, 1, "holdings", 1, true);
        assertEquals(1, first.path("items").get(1).path("parts").size(), "only the part the item holds");

        // both plans published, then adjusted: round 2 replaces the adjustment's lines (the events carry both revisions)
        for (String dept : new String[]{single, bulk}) {
            api().post(plan(dept) + "/submit").then().statusCode(200);
            api().queryParam("approvedOn", "2022-02-10").post(plan(dept) + "/approve").then().statusCode(200);
            api().post(plan(dept) + "/publish").then().statusCode(200);
            api().post(plan(dept) + "/adjustments").then().statusCode(201);
        }

        // round 2: replaced holdings, the adjustment's lines replaced
        api().body(HOLDINGS_2).put("/api/v1/assets/" + single + "/2021-12-31").then().statusCode(200);
        api().body(plan("复印机", "9999.00")).put(plan(single)).then().statusCode(200);
        JsonNode second = bulk(item(bulk, 2022, HOLDINGS_2, plan("复印机", "9999.00")))
                .then().statusCode(200).extract().as(JsonNode.class);
        assertPart(second, 0, "holdings", 2, false);
        assertPart(second, 0, "procurement", 6, false);

        // round 3: identical content changes nothing and emits nothing, through either API
        api().body(HOLDINGS_2).put("/api/v1/assets/" + single + "/2021-12-31").then().statusCode(200);
        JsonNode third = bulk(item(bulk, 2022, HOLDINGS_2, plan("复印机", "9999.00")))
                .then().statusCode(200).extract().as(JsonNode.class);
        assertPart(third, 0, "holdings", 2, false);
        assertPart(third, 0, "procurement", 6, false);

        assertSameEvents(single + ":2021", bulk + ":2021", 2);
        assertSameEvents(single + ":2022", bulk + ":2022", 6);
        assertSameEvents(singleMidYear + ":2022", bulkMidYear + ":2022", 1);
        // the GETs' ETags are the versions the bulk answered
        api().get("/api/v1/assets/" + bulk + "/2021-12-31").then().statusCode(200).header("ETag", equalTo("\"2\""));
        api().get(plan(bulk)).then().statusCode(200).header("ETag", equalTo("\"6\""));
    }

    @Test
    void oneInvalidItemAmongValidOnesRefusesTheRequestAndStoresNothing() {
        String existing = uniqueDepartment();
        api().body(plan("打印机", "2350.50")).put(plan(existing)).then().statusCode(201);
        String[] fresh = {uniqueDepartment(), uniqueDepartment(), uniqueDepartment()};
        Counts before = counts();

        String line = "\"unitPrice\": 2350.50";
        Response refused = bulk(
                item(fresh[0], 2022, HOLDINGS, plan("打印机", "2350.50")),
                item(existing, 2022, null, plan("复印机", "9999.00")),
                item(fresh[1], 2022, HOLDINGS, plan("打印机", "2350.50").replace(line, "\"unitPrice\": 2350.505")),
                item(fresh[2], 2022, HOLDINGS.replace("\"quantity\": 8", "\"quantity\": -8"), null),
                item(fresh[2], 2023, HOLDINGS, plan("", "2350.50")));
        refused.then().statusCode(400).contentType(startsWith(PROBLEM));
        assertEquals(List.of("items[2].procurement.items[0].unitPrice", "items[3].holdings.vehicles.quantity",
                "items[4].procurement.items[0].itemName"), fields(refused));

        assertEquals(before, counts(), "a refused bulk stored a table, a plan or an outbox row");
        api().get(plan(existing)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("items[0].itemName", equalTo("打印机"));
        api().get("/api/v1/assets/" + fresh[0] + "/2021-12-31").then().statusCode(404);
        api().get(plan(fresh[0])).then().statusCode(404);
    }

    @Test
    void theShapeIsCheckedAsTheSinglePutsCheckItItemByItem() {
        String dept = uniqueDepartment();
        Counts before = counts();
        ObjectNode unknown = item(dept, 2023, HOLDINGS, null);
        ((ObjectNode) unknown.get("holdings")).put("remarks", "x");
        assertRefused(bulk(item(dept, 2022, HOLDINGS, null), unknown), 400, List.of("items[1].holdings.remarks"));
        assertRefused(bulk(item(dept, 2022, null, null)), 400, List.of("items[0]"));
        // a body the JSON reader refuses stops there, as in the single PUT: the first such field is named
        assertRefused(bulk(item(dept, 2022, null, plan("打印机", "2350.50").replace("货物", "设备"))), 400,
                List.of("items[0].procurement.items[0].kind"));
        assertRefused(bulk(item(dept, 2022, HOLDINGS, null), item(dept, 2022, null, plan("打印机", "2350.50")),
                item(dept, 2022, null, plan("打印机", "2350.50"))), 400, List.of("items[2]"));
        assertRefused(bulk(item("no/such", 2022, HOLDINGS, null)), 400, List.of("items[0].department"));
        assertRefused(bulk(item(dept, 1989, HOLDINGS, null)), 400, List.of("items[0].year"));
        ObjectNode badDate = item(dept, 2022, HOLDINGS, null);
        badDate.put("holdingsAsOf", "2021-13-31");
        assertRefused(bulk(badDate), 400, List.of("items[0].holdingsAsOf"));
        assertRefused(bulk(item(dept, 2022, "{\"totalValue\": 1}", null)), 400, List.of("items[0].holdings.unit"));
        assertRefused(api().body("{}").post(BULK), 400, List.of("items"));
        ObjectNode unknownPart = item(dept, 2022, HOLDINGS, null);
        unknownPart.putObject("ifMatch").put("targets", "1");
        assertRefused(bulk(unknownPart), 400, List.of("items[0].ifMatch.targets"));
        assertEquals(before, counts());
    }

    @Test
    void aStaleIfMatchOrAPlanNotInDraftRefusesTheRequestNamingTheItem() {
        String draft = uniqueDepartment();
        String submitted = uniqueDepartment();
        String fresh = uniqueDepartment();
        api().body(HOLDINGS).put("/api/v1/assets/" + draft + "/2021-12-31").then().statusCode(201);
        api().body(plan("打印机", "2350.50")).put(plan(submitted)).then().statusCode(201);
        api().post(plan(submitted) + "/submit").then().statusCode(200);
        Counts before = counts();

        ObjectNode stale = item(draft, 2022, HOLDINGS_2, null);
        stale.putObject("ifMatch").put("holdings", "\"7\"");
        assertRefused(bulk(item(fresh, 2022, HOLDINGS, null), stale), 412, List.of("items[1].ifMatch.holdings"));

        Response frozen = bulk(item(fresh, 2022, HOLDINGS, null), item(submitted, 2022, null, plan("复印机", "9999.00")));
        assertRefused(frozen, 409, List.of("items[1].procurement.status"));
        frozen.then().body("type", equalTo("urn:openbudget:problem:budget-not-editable"));
        assertEquals(before, counts());

        ObjectNode current = item(draft, 2022, HOLDINGS_2, null);
        current.putObject("ifMatch").put("holdings", "W/\"1\"");
        assertPart(bulk(item(fresh, 2022, HOLDINGS, null), current).then().statusCode(200).extract().as(JsonNode.class),
                1, "holdings", 2, false);
    }

    @Test
    void moreItemsThanTheLimitIs413() {
        StringBuilder body = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 501; i++) {
            body.append(i == 0 ? "" : ",").append("{}");
        }
        Counts before = counts();
        assertRefused(api().body(body.append("]}").toString()).post(BULK), 413, List.of("items"));
        assertEquals(before, counts());
    }

    // ---- helpers

    private record Counts(long holdings, long plans, long outbox) {
    }

    private Counts counts() {
        return new Counts(count("asset_holding"), count("procurement_plan"), count("outbox_event"));
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

    private void assertSameEvents(String singleKey, String bulkKey, int count) {
        List<JsonNode> expected = events(singleKey);
        assertEquals(count, expected.size(), "events of the single PUTs of " + singleKey);
        assertEquals(expected, events(bulkKey), "events of " + bulkKey + " (bulk) vs " + singleKey + " (single PUTs)");
    }

    /**
     * The key's outbox events as type, subject and data, the department replaced by a placeholder and every time
     * ({@code …At}) left out: what the single PUTs and the bulk must agree on.
     */
    private List<JsonNode> events(String key) {
        String dept = key.substring(0, key.indexOf(':'));
        List<JsonNode> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select payload from outbox_event where message_key = ? order by position")) {
            s.setString(1, key);
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

    private static void assertPart(JsonNode answer, int index, String part, long version, boolean created) {
        JsonNode p = answer.path("items").get(index).path("parts").path(part);
        assertEquals(version, p.path("version").asLong(), part + " version of items[" + index + "]: " + answer);
        assertEquals("\"" + version + "\"", p.path("etag").asText());
        assertEquals(created, p.path("created").asBoolean(), part + " created of items[" + index + "]");
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

    private static String plan(String dept) {
        return "/api/v1/procurement/" + dept + "/2022";
    }

    /** Two lines in 元, as the authorization tests' fixture: a printer (a fixed asset) and a service. */
    private static String plan(String itemName, String amount) {
        return """
                {"unit": "元", "items": [
                  {"projectName": "办公设备购置", "itemName": "%s", "catalogCode": "A02021001", "kind": "货物",
                   "measureUnit": "台", "quantity": 1, "unitPrice": %s, "amount": %s, "funding": {"generalBudget": %s},
                   "fixedAsset": true},
                  {"projectName": "物业管理", "itemName": "物业服务", "catalogCode": "C1204", "kind": "服务",
                   "measureUnit": "项", "quantity": 1, "unitPrice": 1000.00, "amount": 1000.00,
                   "funding": {"generalBudget": 1000.00}, "fixedAsset": false}]}
                """.formatted(itemName, amount, amount, amount);
    }

    private static ObjectNode item(String dept, int year, String holdings, String procurement) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("department", dept);
        item.put("year", year);
        if (holdings != null) {
            item.set("holdings", tree(holdings));
        }
        if (procurement != null) {
            item.set("procurement", tree(procurement));
        }
        return item;
    }

    private static Response bulk(ObjectNode... items) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode array = body.putArray("items");
        for (ObjectNode item : items) {
            array.add(item);
        }
        return api().body(body.toString()).post(BULK);
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
