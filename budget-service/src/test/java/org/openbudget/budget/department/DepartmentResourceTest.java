package org.openbudget.budget.department;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.common.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first event end to end on the producer side: REST → table + outbox row → relay → Kafka. */
@QuarkusTest
class DepartmentResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String body(String name) {
        return """
                {"name": "%s", "region": {"code": "130127", "name": "高邑县"},
                 "units": [{"name": "高邑县政府办本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"}]}
                """.formatted(name);
    }

    private static long outboxRows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey", key));
    }

    @Test
    void putCreatesThenIdenticalPutChangesNothingThenAChangeBumpsTheVersion() {
        String code = uniqueCode();
        given().contentType(ContentType.JSON).body(body("高邑县政府办"))
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("code", equalTo(code)).body("version", equalTo(1))
                .body("region.code", equalTo("130127")).body("units[0].nature", equalTo("行政"));
        assertEquals(1, outboxRows(code));

        given().contentType(ContentType.JSON).body(body("高邑县政府办"))
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(200).body("version", equalTo(1));
        assertEquals(1, outboxRows(code), "an identical PUT must not emit an event");

        given().contentType(ContentType.JSON).body(body("高邑县人民政府办公室"))
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(200).body("version", equalTo(2)).body("name", equalTo("高邑县人民政府办公室"));
        assertEquals(2, outboxRows(code));

        given().get("/api/v1/departments/{code}", code)
                .then().statusCode(200).body("name", equalTo("高邑县人民政府办公室")).body("version", equalTo(2));
        given().queryParam("region", "130127").queryParam("pageSize", 500).get("/api/v1/departments")
                .then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void eachChangeReachesKafkaAsACloudEventWithIncreasingVersions() throws Exception {
        String code = uniqueCode();
        given().contentType(ContentType.JSON).body(body("甲")).put("/api/v1/departments/{code}", code).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body("乙")).put("/api/v1/departments/{code}", code).then().statusCode(200);

        // read until both of ours arrived (the topic also holds other tests' and earlier runs' events)
        var task = kafka.consumeStrings().withOffsetReset(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST)
                .withGroupId("department-test-" + UUID.randomUUID())
                .fromTopics("budget.events");
        long deadline = System.currentTimeMillis() + 30_000;
        List<ConsumerRecord<String, String>> ours = List.of();
        while (System.currentTimeMillis() < deadline) {
            ours = task.getRecords().stream().filter(r -> code.equals(r.key())).toList();
            if (ours.size() >= 2) {
                break;
            }
            Thread.sleep(200);
        }
        task.close();
        assertEquals(2, ours.size(), "both changes of " + code + " on budget.events");
        JsonNode first = JSON.readTree(ours.get(0).value());
        JsonNode second = JSON.readTree(ours.get(1).value());
        assertEquals("1.0", first.get("specversion").asText());
        assertEquals("org.openbudget.budget.department.changed.v1", first.get("type").asText());
        assertEquals("urn:openbudget:events:budget:department-changed:v1", first.get("dataschema").asText(),
                "dataschema names the data's JSON Schema (its $id; issue 17)");
        assertEquals(code, first.get("subject").asText());
        assertEquals(1, first.at("/data/version").asLong());
        assertEquals("甲", first.at("/data/name").asText());
        assertEquals(2, second.at("/data/version").asLong());
        assertEquals("乙", second.at("/data/name").asText());
        assertTrue(new String(ours.get(0).headers().lastHeader("content-type").value()).startsWith("application/cloudevents+json"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and sentAt is null", code)),
                "relayed rows are stamped sent");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String code = uniqueCode();
        given().contentType(ContentType.JSON).body(body("原名")).put("/api/v1/departments/{code}", code).then().statusCode(201);

        // malformed JSON
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", ")
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:openbudget:problem:malformed-json")).body("errors[0].field", equalTo("$"));
        // a missing field
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"units\": []}")
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("region"));
        // a field of the wrong type, no silent coercion of 5 into "5"
        given().contentType(ContentType.JSON).body("{\"name\": 5, \"region\": {\"code\": \"130127\", \"name\": \"高邑县\"}, \"units\": []}")
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        // an unknown field
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"budget\": 1, \"region\": {\"code\": \"130127\", \"name\": \"高邑县\"}, \"units\": []}")
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(400).body("errors[0].field", equalTo("budget")).body("errors[0].message", equalTo("unknown field"));
        // values that break the rules, each named
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"region\": {\"code\": \"1301\", \"name\": \"高邑县\"}, \"units\": [{\"name\": \"u\", \"nature\": \"机关\"}]}")
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "region.code", "units[0].nature"));
        // a badly shaped code in the path
        given().contentType(ContentType.JSON).body(body("x")).put("/api/v1/departments/{code}", "43-4")
                .then().statusCode(400).body("errors[0].field", startsWith("code"));
        // a stale If-Match
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body("新名"))
                .put("/api/v1/departments/{code}", code)
                .then().statusCode(412).body("type", equalTo("urn:openbudget:problem:version-mismatch"));

        given().get("/api/v1/departments/{code}", code).then().statusCode(200)
                .body("name", equalTo("原名")).body("version", equalTo(1));
        assertEquals(1, outboxRows(code), "rejected requests leave no event");
    }

    @Test
    void unknownDepartmentIs404Problem() {
        given().get("/api/v1/departments/{code}", "NOPE404")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
