package org.openbudget.budget.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event pending for longer than {@code openbudget.outbox.max-pending-age} turns {@code /q/health} DOWN
 * (the outbox wellness check, with its figures) while readiness stays UP: the service keeps taking writes
 * into its outbox. Once the backlog is gone the check is UP again and later events flow.
 */
@QuarkusTest
class OutboxHealthTest {

    private static final String OUTBOX_CHECK = "checks.find { it.name == 'outbox' }";

    @Test
    void anOldPendingEventTurnsHealthDownWhileReadinessStaysUp() throws Exception {
        String topic = OutboxRows.missingTopic();
        OffsetDateTime tenMinutesAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        List<Long> stuck = OutboxRows.append(tenMinutesAgo, "health", topic, "{}");
        try {
            OutboxRows.Row failed = OutboxRows.await(stuck.get(0), r -> r.attempts() >= 1, Duration.ofSeconds(20));
            assertTrue(failed.attempts() >= 1, "the relay tried and failed: " + failed);

            given().get("/q/health").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body(OUTBOX_CHECK + ".status", equalTo("DOWN"))
                    .body(OUTBOX_CHECK + ".data.pending", greaterThanOrEqualTo(1))
                    .body(OUTBOX_CHECK + ".data.oldestPendingAgeSeconds", greaterThanOrEqualTo(600))
                    .body(OUTBOX_CHECK + ".data.oldestPendingAttempts", greaterThanOrEqualTo(1))
                    .body(OUTBOX_CHECK + ".data.maxPendingAgeSeconds", equalTo(60))
                    .body(OUTBOX_CHECK + ".data.lastError", containsString(topic));
            given().get("/q/health/well").then().statusCode(503).body(OUTBOX_CHECK + ".status", equalTo("DOWN"));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            OutboxRows.delete(stuck);
        }

        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(OUTBOX_CHECK + ".status", equalTo("UP"));
        assertLaterEventsFlow();
    }

    private static void assertLaterEventsFlow() throws InterruptedException {
        String code = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        given().contentType(ContentType.JSON).body("""
                        {"name": "健康检查测试", "region": {"code": "130127", "name": "高邑县"},
                         "units": [{"name": "健康检查测试本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"}]}""")
                .put("/api/v1/departments/{code}", code).then().statusCode(201);
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            var task = kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .withGroupId("outbox-health-test-" + UUID.randomUUID()).fromTopics("budget.events");
            long deadline = System.currentTimeMillis() + 30_000;
            long ours = 0;
            while (ours == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                ours = task.getRecords().stream().filter(r -> code.equals(r.key())).count();
            }
            task.close();
            assertEquals(1, ours, "the department's event reached budget.events after the backlog cleared");
        }
        Response status = given().get("/api/v1/admin/outbox");
        status.then().statusCode(200).body("lastSentAt", org.hamcrest.Matchers.notNullValue());
    }
}
