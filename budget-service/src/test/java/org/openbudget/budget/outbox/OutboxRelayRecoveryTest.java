package org.openbudget.budget.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After Kafka refused a row, the relay leaves that row and everything after it for later rounds, probes
 * with that single row while Kafka keeps refusing, and once it is acknowledged relays the rest in
 * position order; rows acknowledged and stamped are never sent again.
 *
 * <p>The refusal is a topic whose {@code max.message.bytes} is smaller than the row: the producer hands
 * the record over and the broker refuses it, while the rows to another topic travelling in the same
 * request are acknowledged — what happens when a broker cannot acknowledge part of a batch. Raising the
 * limit ends the "outage".
 */
@QuarkusTest
class OutboxRelayRecoveryTest {

    @Test
    void afterAFailureTheRelayProbesWithOneRowThenResumesInOrder() throws Exception {
        String run = UUID.randomUUID().toString();
        String events = "outbox-test-events-" + run;
        String refusing = "outbox-test-refusing-" + run;
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            Admin admin = kafka.getOrCreateAdminClient();
            admin.createTopics(List.of(new NewTopic(events, 1, (short) 1),
                    new NewTopic(refusing, 1, (short) 1).configs(Map.of("max.message.bytes", "1024")))).all().get();
            List<Long> rows = List.of();
            try {
                rows = OutboxRows.append(OffsetDateTime.now(ZoneOffset.UTC), "recovery-" + run,
                        events, "A1", refusing, "S" + "x".repeat(4_000), events, "A2", events, "A3");
                long a1 = rows.get(0), s = rows.get(1), a2 = rows.get(2), a3 = rows.get(3);

                OutboxRows.Row failing = OutboxRows.await(s, r -> r.attempts() >= 2, Duration.ofSeconds(60));
                assertTrue(failing.attempts() >= 2, "Kafka kept refusing S for two rounds: " + failing);
                assertNotNull(OutboxRows.row(a1).sentAt(), "A1, before the failure, was acknowledged and stamped");
                assertNull(OutboxRows.row(a2).sentAt(), "A2, after the failure, waits for S");
                assertNull(OutboxRows.row(a3).sentAt(), "A3, after the failure, waits for S");
                // the first round's A2 and A3 reached Kafka unacknowledged for the relay's purpose; the rounds
                // since then probed with S alone, so nothing else went out again
                assertEquals(3, endOffset(admin, events), "while failing, the relay re-sends only the probe row");

                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, refusing),
                        List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", "1048588"), AlterConfigOp.OpType.SET))))
                        .all().get();

                OutboxRows.Row last = OutboxRows.await(a3, r -> r.sentAt() != null, Duration.ofSeconds(60));
                assertNotNull(last.sentAt(), "the relay resumed after the refusal ended");
                OffsetDateTime a1Sent = OutboxRows.row(a1).sentAt(), sSent = OutboxRows.row(s).sentAt(),
                        a2Sent = OutboxRows.row(a2).sentAt();
                assertFalse(sSent.isBefore(a1Sent) || a2Sent.isBefore(sSent) || last.sentAt().isBefore(a2Sent),
                        "stamped in position order: " + List.of(a1Sent, sSent, a2Sent, last.sentAt()));

                assertEquals(1, endOffset(admin, refusing), "S reached its topic once");
                List<String> delivered = consumeAll(kafka, events, endOffset(admin, events));
                assertEquals(List.of("A1", "A2", "A3", "A2", "A3"), delivered,
                        "A1 (stamped before the failure) is never sent again; A2 and A3 at most once more, in order");
            } finally {
                OutboxRows.delete(rows);
                admin.deleteTopics(List.of(events, refusing)).all().get();
            }
        }
    }

    private static long endOffset(Admin admin, String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
    }

    private static List<String> consumeAll(KafkaCompanion kafka, String topic, long count) {
        return kafka.consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("outbox-recovery-test-" + UUID.randomUUID()).fromTopics(topic, count)
                .awaitCompletion(Duration.ofSeconds(20)).getRecords().stream().map(ConsumerRecord::value).toList();
    }
}
