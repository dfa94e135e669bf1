package org.openbudget.asset.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.asset.support.EventSchemas;
import org.openbudget.common.outbox.OutboxEvent;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openbudget.asset.support.Api.api;
import static org.openbudget.asset.support.Api.uniqueDepartment;

/**
 * REST → tables + outbox row → relay → Kafka, read back by a real consumer. Holdings as of 2021-12-31 and the
 * 2021 procurement plan share the key {dept}:2021: one version sequence, and every event carries both parts.
 */
@QuarkusTest
class AssetEventsKafkaTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String holdings(int vehicles, String vehiclesValue, String total) {
        return """
                {"unit": "万元", "totalValue": %s, "vehicles": {"quantity": %d, "value": %s},
                 "otherFixedAssets": {"quantity": 568, "value": 808.83}}
                """.formatted(total, vehicles, vehiclesValue);
    }

    @Test
    void everyChangeOfTheKeyReachesKafkaWithTheWholeStateAndIncreasingVersions() throws Exception {
        String dept = uniqueDepartment();
        String key = dept + ":2021";
        api().body(holdings(8, "138.26", "947.09")).put("/api/v1/assets/{d}/2021-12-31", dept).then().statusCode(201);
        api().body("{\"unit\": \"万元\", \"items\": []}").put("/api/v1/procurement/{d}/2021", dept).then().statusCode(201);
        api().body(holdings(9, "156.26", "965.09")).put("/api/v1/assets/{d}/2021-12-31", dept).then().statusCode(200);
        api().post("/api/v1/procurement/{d}/2021/submit", dept).then().statusCode(200);

        List<ConsumerRecord<String, String>> ours = read(key, 4);
        assertEquals(4, ours.size(), "all four changes of " + key + " on asset.events");
        List<JsonNode> events = ours.stream().map(r -> tree(r.value())).toList();
        assertEquals(List.of(AssetEvents.HOLDINGS_CHANGED, AssetEvents.PROCUREMENT_PLAN_CHANGED,
                        AssetEvents.HOLDINGS_CHANGED, AssetEvents.PROCUREMENT_PLAN_CHANGED),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), events.stream().map(e -> e.at("/data/version").asLong()).toList());
        for (JsonNode e : events) {
            assertEquals(key, e.get("subject").asText());
            assertEquals("1.0", e.get("specversion").asText());
            String schema = e.get("type").asText().contains("holdings") ? "holdings-changed" : "procurement-plan-changed";
            assertEquals(Set.of(), EventSchemas.validate(schema, e.get("data")), "event data matches its schema");
            assertEquals("urn:openbudget:events:asset:" + schema + ":v1", e.get("dataschema").asText(),
                    "dataschema names the data's JSON Schema (its $id; issue 17)");
        }
        JsonNode first = events.get(0).get("data");
        assertEquals("9470900.00", first.at("/holdings/0/totalValue").decimalValue().toPlainString());
        assertTrue(first.get("procurementPlan").isNull());
        // the third event (a holdings change) still carries the plan: a compacted topic loses nothing
        JsonNode third = events.get(2).get("data");
        assertEquals(9, third.at("/holdings/0/vehicles/quantity").asInt());
        assertEquals("1562600.00", third.at("/holdings/0/vehicles/value").decimalValue().toPlainString());
        assertEquals("draft", third.at("/procurementPlan/status").asText());
        JsonNode fourth = events.get(3).get("data");
        assertEquals("submitted", fourth.at("/procurementPlan/status").asText());
        assertEquals(9, fourth.at("/holdings/0/vehicles/quantity").asInt());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and sentAt is null", key)),
                "relayed rows are stamped sent");
    }

    @Test
    void holdingsTakeTheYearOfTheirAsOfDate() throws Exception {
        String dept = uniqueDepartment();
        api().body(holdings(8, "138.26", "947.09")).put("/api/v1/assets/{d}/2022-06-30", dept).then().statusCode(201);
        List<ConsumerRecord<String, String>> ours = read(dept + ":2022", 1);
        assertEquals(1, ours.size());
        assertEquals("2022-06-30", tree(ours.get(0).value()).at("/data/holdings/0/asOf").asText());
    }

    private static List<ConsumerRecord<String, String>> read(String key, int expected) throws InterruptedException {
        // the topic also holds other tests' and earlier runs' events: read until ours arrived
        var task = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("asset-events-test-" + UUID.randomUUID()).fromTopics("asset.events");
        long deadline = System.currentTimeMillis() + 30_000;
        List<ConsumerRecord<String, String>> ours = List.of();
        while (System.currentTimeMillis() < deadline) {
            ours = task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
            if (ours.size() >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(ours.size() >= expected ? 500 : 0);
        ours = task.getRecords().stream().filter(r -> key.equals(r.key())).toList();
        task.close();
        return ours;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
