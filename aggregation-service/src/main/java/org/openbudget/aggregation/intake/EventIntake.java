package org.openbudget.aggregation.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.CloudEventCodec;
import org.openbudget.common.event.EventContractException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Consumes the three owner topics. Each record is applied in one transaction together with its
 * processed marker; the offset is committed only after that (the connector acknowledges on return).
 * A duplicate (same event id) or a stale version changes nothing. A record that breaks the event
 * contract is thrown back: the connector's dead-letter strategy sends it with the reason to the
 * dead-letter topic and the channel goes on.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final CloudEventCodec codec;
    private final Map<String, Projector> projectors;
    private final MeterRegistry registry;
    private final int maxAttempts;

    public EventIntake(CloudEventCodec codec, Instance<Projector> projectors, MeterRegistry registry,
                       @org.eclipse.microprofile.config.inject.ConfigProperty(name = "openbudget.intake.max-attempts",
                               defaultValue = "8") int maxAttempts) {
        this.maxAttempts = maxAttempts;
        this.codec = codec;
        this.projectors = projectors.stream()
                .flatMap(p -> p.types().stream().map(type -> Map.entry(type, p)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.registry = registry;
    }

    @Incoming("budget-events")
    @Blocking
    public void budget(ConsumerRecord<String, String> record) {
        intake(record);
    }

    @Incoming("performance-events")
    @Blocking
    public void performance(ConsumerRecord<String, String> record) {
        intake(record);
    }

    @Incoming("asset-events")
    @Blocking
    public void asset(ConsumerRecord<String, String> record) {
        intake(record);
    }

    /** Applies one record; returns what it did, or throws {@link EventContractException} for a poison record. */
    public Outcome intake(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = codec.read(record.value());
            Projector projector = projectors.get(event.type());
            if (projector == null) {
                throw new EventContractException("unknown event type " + event.type());
            }
            if (record.key() != null && !record.key().equals(event.subject())) {
                throw new EventContractException("record key " + record.key() + " differs from subject " + event.subject());
            }
            UUID id = parseId(event.id());
            Outcome outcome = withRetries(record, () -> QuarkusTransaction.requiringNew().call(() -> {
                if (ProcessedEvent.findById(id) != null) {
                    return Outcome.DUPLICATE;
                }
                Outcome result = projector.apply(event);
                ProcessedEvent marker = new ProcessedEvent();
                marker.eventId = id;
                marker.eventType = event.type();
                marker.subject = event.subject();
                marker.topic = record.topic();
                marker.partition = record.partition();
                marker.offset = record.offset();
                marker.outcome = result.name();
                marker.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
                marker.persist();
                return result;
            }));
            registry.counter("aggregation.events", "topic", record.topic(), "outcome", outcome.name().toLowerCase())
                    .increment();
            return outcome;
        } catch (EventContractException e) {
            registry.counter("aggregation.events.dead_lettered", "topic", record.topic()).increment();
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }

    /**
     * A failure that is not the record's fault (database away, a lock conflict) is retried with backoff,
     * holding the partition back, before the record is given up to the dead-letter topic with its reason.
     */
    private Outcome withRetries(ConsumerRecord<String, String> record, java.util.function.Supplier<Outcome> apply) {
        long backoff = 250;
        for (int attempt = 1; ; attempt++) {
            try {
                return apply.get();
            } catch (EventContractException e) {
                throw e;
            } catch (RuntimeException e) {
                if (EventContractException.class.isInstance(e.getCause())) {
                    throw (EventContractException) e.getCause();
                }
                if (attempt >= maxAttempts) {
                    throw new IllegalStateException("gave up after " + attempt + " attempts: " + e, e);
                }
                registry.counter("aggregation.events.retried", "topic", record.topic()).increment();
                LOG.warnf("applying %s-%d@%d failed (attempt %d), retrying in %d ms: %s",
                        record.topic(), record.partition(), record.offset(), attempt, backoff, e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, 8_000);
            }
        }
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new EventContractException("event id " + id + " is not a UUID");
        }
    }
}
