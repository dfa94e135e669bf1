package org.openbudget.aggregation.intake;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The three owner topics, consumed in batches (each channel {@code batch=true}: what one poll returned). A batch
 * is applied in one transaction ({@link EventIntake}); its offsets are committed only after that (the batch is
 * acknowledged on return). A record of the batch that breaks the contract is nacked alone, before the batch is
 * acknowledged: the channel's failure strategy ({@link ContractBreachDeadLetters}) sends it with the reason to the
 * dead-letter topic, and the rest of the batch is applied. Anything else that reaches here (the service stopping
 * while the batch waits for the database) nacks the whole batch, which stops the channel without committing it:
 * the batch is read again after the restart, never dead-lettered.
 */
@ApplicationScoped
public class IntakeChannels {

    private static final Logger LOG = Logger.getLogger(IntakeChannels.class);

    private final EventIntake intake;

    public IntakeChannels(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("budget-events")
    @Blocking
    public CompletionStage<Void> budget(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("performance-events")
    @Blocking
    public CompletionStage<Void> performance(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("asset-events")
    @Blocking
    public CompletionStage<Void> asset(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    private CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        Map<ConsumerRecord<String, String>, KafkaRecord<String, String>> messages = new IdentityHashMap<>();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            ConsumerRecord<String, String> record = record(message);
            messages.put(record, message);
            records.add(record);
        }
        try {
            for (EventIntake.Refused refused : intake.intake(records).refused()) {
                // waited for: the dead letter is in its topic before the batch's offsets are committed past it
                messages.get(refused.record()).nack(refused.reason()).toCompletableFuture().join();
            }
        } catch (RuntimeException e) {
            LOG.warnf("batch of %d records not applied, nacking it: %s", records.size(), e.toString());
            return batch.nack(e);
        }
        return batch.ack();
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> record(KafkaRecord<String, String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a batched record without its Kafka metadata"));
    }
}
