package org.openbudget.aggregation.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code aggregation_events_dead_lettered_total} counts exactly the records the live intake sent to the
 * dead-letter topic; a rebuild's refusals (which send nothing) have their own counter.
 */
@QuarkusTest
class DeadLetterMetricTest {

    private static final String DLQ = "aggregation.dlq";
    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(bootstrap());
        new Events(kafka);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void theDeadLetterCounterMovesWithTheTopicAndARebuildsRefusalsAreCountedApart() {
        String key = Events.code("MET");
        long topicBefore = dlqRecords();
        double countedBefore = metric("aggregation_events_dead_lettered_total");
        double refusedBefore = metric("aggregation_rebuild_refused_total");

        kafka.produceStrings().fromRecords(new ProducerRecord<>("budget.events", key, "{not a cloud event"))
                .awaitCompletion(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                metric("aggregation_events_dead_lettered_total") > countedBefore && dlqRecords() > topicBefore);

        // the replay meets that poison record (and earlier ones) again: refused, but nothing is sent
        given().post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/api/v1/admin/rebuild").then().body("state", equalTo("done")));
        long refused = given().get("/api/v1/admin/rebuild").then().extract().jsonPath().getLong("refused");
        assertTrue(refused >= 1, "the replay refused the poison record");

        // every record sent to the topic meanwhile (ours and any other suite's poison) is counted, nothing more
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertEquals(dlqRecords() - topicBefore, metric("aggregation_events_dead_lettered_total") - countedBefore, 0.0,
                        "dead letters counted = records appended to " + DLQ));
        assertEquals(refused, metric("aggregation_rebuild_refused_total") - refusedBefore, 0.0, "rebuild refusals");
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Records appended to the dead-letter topic ever (end offsets). */
    private static long dlqRecords() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            var partitions = admin.describeTopics(List.of(DLQ)).allTopicNames().get().get(DLQ).partitions();
            Map<TopicPartition, OffsetSpec> ask = partitions.stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(DLQ, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(ask).all().get().values().stream().mapToLong(i -> i.offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
