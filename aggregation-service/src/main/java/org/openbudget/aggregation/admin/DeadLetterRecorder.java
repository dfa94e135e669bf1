package org.openbudget.aggregation.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openbudget.aggregation.intake.InfrastructureRetry;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dead-letter topic back into a table so that an admin can list what was refused and why.
 * A dead letter arriving while the database is away waits for it (its partition with it): dropping it
 * would hide it from the listing for good.
 */
@ApplicationScoped
public class DeadLetterRecorder {

    private final InfrastructureRetry retry;

    public DeadLetterRecorder(InfrastructureRetry retry) {
        this.retry = retry;
    }

    @Incoming("dead-letters")
    @Blocking
    public void record(ConsumerRecord<String, String> record) {
        retry.untilDone("recording dead letter " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                "aggregation.dead_letters.retried", record.topic(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    // the same dead letter again (redelivered after a restart) is recorded once
                    if (DeadLetter.count("dlqPartition = ?1 and dlqOffset = ?2", record.partition(), record.offset()) == 0) {
                        letter(record).persist(); // a fresh entity each attempt: a rolled-back one keeps its id
                    }
                    return null;
                }));
    }

    /** A malformed header is shown as missing: it must never make the recorder wait forever. */
    private static DeadLetter letter(ConsumerRecord<String, String> record) {
        DeadLetter letter = new DeadLetter();
        letter.dlqPartition = record.partition();
        letter.dlqOffset = record.offset();
        letter.sourceTopic = header(record, "dead-letter-topic");
        letter.sourcePartition = number(header(record, "dead-letter-partition"), Integer::valueOf);
        letter.sourceOffset = number(header(record, "dead-letter-offset"), Long::valueOf);
        letter.key = record.key();
        letter.reason = header(record, "dead-letter-reason");
        letter.value = record.value();
        letter.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return letter;
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
