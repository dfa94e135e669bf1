package org.openbudget.aggregation.admin;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the dead-letter topic back into a table so that an admin can list what was refused and why. */
@ApplicationScoped
public class DeadLetterRecorder {

    @Incoming("dead-letters")
    @Blocking
    @Transactional
    public void record(ConsumerRecord<String, String> record) {
        if (DeadLetter.count("dlqPartition = ?1 and dlqOffset = ?2", record.partition(), record.offset()) > 0) {
            return;
        }
        DeadLetter letter = new DeadLetter();
        letter.dlqPartition = record.partition();
        letter.dlqOffset = record.offset();
        letter.sourceTopic = header(record, "dead-letter-topic");
        String partition = header(record, "dead-letter-partition");
        letter.sourcePartition = partition == null ? null : Integer.valueOf(partition);
        String offset = header(record, "dead-letter-offset");
        letter.sourceOffset = offset == null ? null : Long.valueOf(offset);
        letter.key = record.key();
        letter.reason = header(record, "dead-letter-reason");
        letter.value = record.value();
        letter.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        letter.persist();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
