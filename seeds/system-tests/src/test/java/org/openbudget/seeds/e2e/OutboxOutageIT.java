package org.openbudget.seeds.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker is unreachable when the department is written: the PUT still succeeds (the event waits
 * in the outbox), and once a broker is there the event is delivered — exactly once in the read model.
 */
@org.junit.jupiter.api.Order(1) // before the shared system starts: its budget-service would relay this test's outbox (#18)
class OutboxOutageIT {

    /** A port where no broker listens until the test starts one: not the tests' own cluster (19092), not the demo's. */
    private static final int BROKER_PORT = 19192;
    private static final String BOOTSTRAP = "127.0.0.1:" + BROKER_PORT;

    @Test
    void aWriteDuringABrokerOutageIsDeliveredWhenTheBrokerIsBack() throws Exception {
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP,
                "OPENBUDGET_CONSUMER_GROUP", "e2e-outage-" + UUID.randomUUID());
        String code = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (ServiceProcess budget = ServiceProcess.start("budget-service", 18181, "budget_e2e", env);
             ServiceProcess aggregation = ServiceProcess.start("aggregation-service", 18184, "aggregation_e2e", env)) {
            budget.awaitReady(Duration.ofSeconds(120));
            aggregation.awaitHttp("/q/health/live", "\"UP\"", Duration.ofSeconds(120));

            Http.Answer put = Http.put(budget.url("/api/v1/departments/" + code), """
                    {"name": "停电测试部门", "region": {"code": "130127", "name": "高邑县"}, "units": []}""");
            assertEquals(201, put.status(), "the write is acknowledged although Kafka is away");

            JsonNode stuck = Http.await(budget.url("/api/v1/admin/outbox"),
                    a -> a.status() == 200 && a.body().get("pending").asLong() >= 1 && a.body().hasNonNull("lastError"),
                    Duration.ofSeconds(60));
            assertTrue(stuck.get("lastError").asText().length() > 0, "the relay says why it cannot send");
            assertEquals(404, Http.get(aggregation.url("/api/v1/departments/" + code)).status());

            try (KafkaBrokerProcess ignored = KafkaBrokerProcess.start(BROKER_PORT, BROKER_PORT + 1)) {
                createTopics();
                JsonNode seen = Http.await(aggregation.url("/api/v1/departments/" + code),
                        a -> a.status() == 200, Duration.ofSeconds(90));
                assertEquals("停电测试部门", seen.get("name").asText());
                assertEquals(1, seen.get("sourceVersion").asLong());
                Http.await(budget.url("/api/v1/admin/outbox"), a -> a.body().get("pending").asLong() == 0, Duration.ofSeconds(30));

                List<ConsumerRecord<String, String>> ours = recordsFor(code);
                assertEquals(1, ours.size(), "delivered once, not duplicated");
                String eventId = Http.JSON.readTree(ours.get(0).value()).get("id").asText();
                assertEquals(eventId, seen.get("sourceEventId").asText(), "the read model reflects that very event");
            }
        }
    }

    private static void createTopics() throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", BOOTSTRAP);
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Admin admin = Admin.create(p)) {
                var existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
                List<NewTopic> missing = new ArrayList<>();
                for (String topic : List.of("budget.events", "performance.events", "asset.events", "aggregation.dlq")) {
                    if (!existing.contains(topic)) {
                        missing.add(new NewTopic(topic, 3, (short) 1));
                    }
                }
                admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static List<ConsumerRecord<String, String>> recordsFor(String key) {
        List<ConsumerRecord<String, String>> ours = TopicRecords.read(BOOTSTRAP, "budget.events", key::equals,
                Duration.ofSeconds(10));
        assertFalse(ours.isEmpty(), "the event is on the topic");
        return ours;
    }
}
