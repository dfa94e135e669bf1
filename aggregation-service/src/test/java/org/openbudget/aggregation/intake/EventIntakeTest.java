package org.openbudget.aggregation.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbudget.aggregation.department.DepartmentView;
import org.openbudget.aggregation.readmodel.AggregateView;
import org.openbudget.disclosure.event.EventType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumption from the real broker: the producer's own example event is read, duplicates and stale
 * versions change nothing, a poison record lands in the dead-letter topic and the channel goes on.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example of budget-service's department event, kept with its JSON Schema: the contract we must read. */
    private static final String PRODUCER_EXAMPLE = EventType.DEPARTMENT_CHANGED.exampleResource();
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        new org.openbudget.aggregation.Events(kafka); // waits until the intake consumes
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    private static String uniqueCode() {
        return "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The producer's example with a fresh id, our key, and the given version and name. */
    private static String event(String id, String code, long version, String name) throws Exception {
        ObjectNode event;
        try (var in = EventIntakeTest.class.getClassLoader().getResourceAsStream(PRODUCER_EXAMPLE)) {
            event = (ObjectNode) JSON.readTree(in);
        }
        event.put("id", id);
        event.put("subject", code);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("code", code);
        data.put("version", version);
        data.put("name", name);
        return JSON.writeValueAsString(event);
    }

    private static void send(String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>("budget.events", key, value)).awaitCompletion(Duration.ofSeconds(10));
    }

    private static ProcessedEvent processed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(UUID.fromString(id)));
    }

    private static DepartmentView view(String code) {
        return QuarkusTransaction.requiringNew().call(() -> DepartmentView.findById(code));
    }

    private static void awaitProcessed(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> processed(id) != null);
    }

    @Test
    void theProducersExampleEventBuildsTheReadModel() throws Exception {
        String code = uniqueCode();
        String id = UUID.randomUUID().toString();
        send(code, event(id, code, 1, "高邑县政府办"));
        awaitProcessed(id);
        given().get("/api/v1/departments/{code}", code).then().statusCode(200)
                .body("name", equalTo("高邑县政府办"))
                .body("regionCode", equalTo("130127"))
                .body("units[0].grade", equalTo("正科级"))
                .body("sourceVersion", equalTo(1))
                .body("sourceEventId", equalTo(id));
    }

    @Test
    void theSameEventDeliveredTwiceLeavesTheReadModelUnchanged() throws Exception {
        String code = uniqueCode();
        String id = UUID.randomUUID().toString();
        String record = event(id, code, 1, "第一次");
        send(code, record);
        awaitProcessed(id);
        DepartmentView before = view(code);

        send(code, record);
        // a later record of the same key, hence of the same partition, proves the duplicate was consumed
        String laterId = UUID.randomUUID().toString();
        send(code, event(laterId, code, 1, "同版本的另一事件"));
        awaitProcessed(laterId);

        DepartmentView after = view(code);
        assertEquals(before.name, after.name);
        assertEquals(before.sourceVersion, after.sourceVersion);
        assertEquals(before.sourceEventId, after.sourceEventId);
        assertEquals(before.appliedAt.toInstant(), after.appliedAt.toInstant(), "not even re-written");
        assertEquals(Outcome.APPLIED.name(), processed(id).outcome);
        assertEquals(Outcome.STALE.name(), processed(laterId).outcome);
    }

    @Test
    void anOlderVersionArrivingLateIsIgnored() throws Exception {
        String code = uniqueCode();
        String v2 = UUID.randomUUID().toString();
        String v1 = UUID.randomUUID().toString();
        send(code, event(v2, code, 2, "新名称"));
        send(code, event(v1, code, 1, "旧名称"));
        awaitProcessed(v1);
        DepartmentView view = view(code);
        assertEquals("新名称", view.name);
        assertEquals(2, view.sourceVersion);
        assertEquals(Outcome.STALE.name(), processed(v1).outcome);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: while it runs the read models are being rebuilt
    void aRebuildReplaysTheTopicsIntoTheSameState() throws Exception {
        String a = uniqueCode();
        String b = uniqueCode();
        String last = UUID.randomUUID().toString();
        send(a, event(UUID.randomUUID().toString(), a, 1, "甲一"));
        send(a, event(UUID.randomUUID().toString(), a, 2, "甲二"));
        send(b, event(UUID.randomUUID().toString(), b, 3, "乙三"));
        send(b, event(last, b, 2, "乙二（过时）"));
        awaitProcessed(last);
        DepartmentView beforeA = view(a);
        DepartmentView beforeB = view(b);
        assertEquals("甲二", beforeA.name);
        assertEquals("乙三", beforeB.name);

        given().post("/api/v1/admin/rebuild").then().statusCode(202).body("state", equalTo("running"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/v1/admin/rebuild").then().body("state", equalTo("done")));
        given().get("/api/v1/admin/rebuild").then().body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(4));

        for (DepartmentView before : List.of(beforeA, beforeB)) {
            DepartmentView after = view(before.code);
            assertNotNull(after, before.code + " rebuilt");
            assertEquals(before.name, after.name);
            assertEquals(before.sourceVersion, after.sourceVersion);
            assertEquals(before.sourceEventId, after.sourceEventId);
            assertEquals(before.units, after.units);
        }
    }

    /** Our key's dead letters, one per source record, in source offset order. */
    private static List<ConsumerRecord<String, String>> deadLetters(List<ConsumerRecord<String, String>> records, String key) {
        var byOffset = new java.util.TreeMap<Long, ConsumerRecord<String, String>>();
        for (ConsumerRecord<String, String> r : records) {
            var offset = r.headers().lastHeader("dead-letter-offset");
            if (key.equals(r.key()) && offset != null) {
                byOffset.putIfAbsent(Long.parseLong(new String(offset.value(), StandardCharsets.UTF_8)), r);
            }
        }
        return List.copyOf(byOffset.values());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheChannelKeepsGoing() throws Exception {
        String code = uniqueCode();
        var dlq = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("dlq-test-" + UUID.randomUUID()).fromTopics("aggregation.dlq");
        send(code, "{this is not json");
        send(code, "{\"specversion\": \"1.0\", \"id\": \"" + UUID.randomUUID() + "\", \"source\": \"/x\", \"type\": \"org.example.unknown.v1\", \"subject\": \"" + code + "\", \"data\": {}}");
        String good = UUID.randomUUID().toString();
        send(code, event(good, code, 1, "毒消息之后"));
        awaitProcessed(good);
        assertEquals("毒消息之后", view(code).name);

        // other consumers of budget.events on the same broker (a running stack) dead-letter the same
        // poison too: count distinct source offsets, not records
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(dlq.getRecords(), code).size() >= 2);
        List<ConsumerRecord<String, String>> dead = deadLetters(dlq.getRecords(), code);
        dlq.close();
        assertEquals(2, dead.size());
        assertEquals("{this is not json", dead.get(0).value());
        var reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertNotNull(reason, "the reason travels with the dead letter");
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("not a CloudEvents JSON envelope"));
        assertTrue(new String(dead.get(1).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("unknown event type org.example.unknown.v1"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("key", code).get("/api/v1/admin/dead-letters").then().statusCode(200)
                        .body("items.reason", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("unknown event type")))
                        .body("items.sourceTopic", org.hamcrest.Matchers.hasItem("budget.events")));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("aggregation_events_dead_lettered_total") && !l.endsWith(" 0.0")),
                "dead letters are counted");
    }

    /**
     * The data is validated against its type's JSON Schema at intake (before, a budget with a negative amount was
     * applied): a breach is a dead letter whose reason names the path, nothing is applied, the channel goes on.
     */
    @Test
    void dataBreakingItsSchemaIsADeadLetterNamingThePath() throws Exception {
        String code = uniqueCode();
        String key = code + ":2022";
        var dlq = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("dlq-schema-test-" + UUID.randomUUID()).fromTopics("aggregation.dlq");
        ObjectNode content = (ObjectNode) JSON.readTree("""
                {"unit": "元", "revenue": {"generalBudget": -5.00}}""");
        ObjectNode data = JSON.createObjectNode();
        data.put("department", code).put("year", 2022).put("version", 1).put("status", "draft").put("adjustment", 0);
        data.set("budget", org.openbudget.aggregation.Events.budgetDocument(content, code, 2022, "draft", 1, 0));
        data.putNull("published");
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/budget-service").put("type", EventType.DEPARTMENT_BUDGET_CHANGED.type())
                .put("time", "2022-02-10T08:00:00Z").put("subject", key).put("datacontenttype", "application/json");
        event.set("data", data);
        kafka.produceStrings().fromRecords(new ProducerRecord<>("budget.events", key, JSON.writeValueAsString(event)))
                .awaitCompletion(Duration.ofSeconds(10));
        String good = UUID.randomUUID().toString();
        send(code, event(good, code, 1, "违约之后"));
        awaitProcessed(good);

        await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters(dlq.getRecords(), key).isEmpty());
        String reason = new String(deadLetters(dlq.getRecords(), key).get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8);
        dlq.close();
        assertTrue(reason.contains("breaks its schema") && reason.contains("$.budget.revenue.generalBudget"), reason);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> AggregateView.find("budget", key)),
                "nothing of the breaching event is applied");
    }
}
