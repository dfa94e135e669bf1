package org.openbudget.aggregation.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;
import org.openbudget.common.event.EventContractException;

import java.util.function.BiConsumer;

/**
 * The intake channels' failure strategy ({@code failure-strategy=contract-breach-dead-letter}): only a
 * contract breach goes to the dead-letter topic, through the connector's own dead-letter handler, and is
 * counted in {@code aggregation_events_dead_lettered_total} once the topic has it — so the counter
 * matches the topic. Any other failure reaching a channel (the service stopping while a record waits for
 * the database) stops the channel without committing, as {@code fail} does: the record is read again
 * after the restart, never dead-lettered.
 */
@ApplicationScoped
@Identifier(ContractBreachDeadLetters.STRATEGY)
public class ContractBreachDeadLetters implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "contract-breach-dead-letter";
    private static final Logger LOG = Logger.getLogger(ContractBreachDeadLetters.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final KafkaFailureHandler.Factory failStop;
    private final MeterRegistry registry;

    public ContractBreachDeadLetters(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
                                     @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory failStop,
                                     MeterRegistry registry) {
        this.deadLetterQueue = deadLetterQueue;
        this.failStop = failStop;
        this.registry = registry;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler dead = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler fail = failStop.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (!isContractBreach(reason)) {
                    LOG.errorf("%s-%d@%d failed without breaking the contract; stopping the channel without committing it: %s",
                            record.getTopic(), record.getPartition(), record.getOffset(), reason);
                    return fail.handle(record, reason, metadata);
                }
                LOG.warnf("dead-lettering %s-%d@%d: %s", record.getTopic(), record.getPartition(), record.getOffset(),
                        reason.getMessage());
                return dead.handle(record, reason, metadata).invoke(() ->
                        registry.counter("aggregation.events.dead_lettered", "topic", record.getTopic()).increment());
            }

            @Override
            public void terminate() {
                dead.terminate();
                fail.terminate();
            }
        };
    }

    static boolean isContractBreach(Throwable reason) {
        return EventContractException.in(reason) != null;
    }
}
