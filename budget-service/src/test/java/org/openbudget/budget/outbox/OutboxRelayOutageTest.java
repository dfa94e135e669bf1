package org.openbudget.budget.outbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While Kafka cannot take an event (here: its topic does not exist and the broker does not create topics,
 * so the producer waits for metadata exactly as during a broker outage), the relay holds no database
 * transaction open and records every failed round on the stuck row.
 */
@QuarkusTest
class OutboxRelayOutageTest {

    @Test
    void noTransactionStaysOpenWhileTheRelayWaitsAndEveryFailedRoundIsRecorded() throws Exception {
        String topic = OutboxRows.missingTopic();
        List<Long> stuck = OutboxRows.append(OffsetDateTime.now(ZoneOffset.UTC), "outage", topic, "{}");
        long position = stuck.get(0);
        try {
            OutboxRows.Row first = OutboxRows.await(position, r -> r.attempts() >= 1, Duration.ofSeconds(20));
            assertTrue(first.attempts() >= 1, "the first failed round is recorded on the row: " + first);
            assertTrue(first.lastError() != null && first.lastError().contains(topic), "the error names the topic: " + first);

            // sampled ten times a second until two more rounds failed, so that at least one whole round,
            // from reading the row to recording its failure, happens while we look
            Map<Integer, String> longTransactions = new TreeMap<>(); // the longest sample of each session
            OutboxRows.Row later = first;
            long deadline = System.currentTimeMillis() + 45_000;
            while (later.attempts() < first.attempts() + 2 && System.currentTimeMillis() < deadline) {
                longTransactions.putAll(OutboxRows.transactionsOpenLongerThan(Duration.ofSeconds(1)));
                Thread.sleep(100);
                later = OutboxRows.row(position);
            }
            assertEquals(Map.of(), longTransactions, "no session of the service's database keeps a transaction "
                    + "open for more than a second while the relay waits on Kafka");
            assertTrue(later.attempts() >= first.attempts() + 2, "attempts keep counting the failed rounds: "
                    + first.attempts() + " then " + later.attempts());
            assertNull(later.sentAt(), "a row Kafka never acknowledged is not stamped sent");

            given().get("/api/v1/admin/outbox").then().statusCode(200)
                    .body("pending", greaterThanOrEqualTo(1))
                    .body("oldestPendingAttempts", greaterThanOrEqualTo(later.attempts()))
                    .body("lastError", containsString(topic))
                    .body("lastAttemptAt", org.hamcrest.Matchers.notNullValue())
                    .body("oldestPendingAgeSeconds", greaterThan(0f));
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(gauge(metrics, "outbox_pending") >= 1, "the pending gauge counts the stuck row");
            assertTrue(gauge(metrics, "outbox_oldest_pending_age_seconds") > 0, "the age gauge shows how long it waits");
        } finally {
            OutboxRows.delete(stuck);
        }
    }

    private static double gauge(String prometheusText, String name) {
        return prometheusText.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in /q/metrics"));
    }
}
