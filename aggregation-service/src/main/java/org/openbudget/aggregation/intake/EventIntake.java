package org.openbudget.aggregation.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openbudget.aggregation.audit.AuditRecorder;
import org.openbudget.aggregation.event.ConsumedEvent;
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
 * contract is thrown back: the channel's failure strategy ({@link ContractBreachDeadLetters}) sends it
 * with the reason to the dead-letter topic and the channel goes on. Any other failure (database away)
 * holds the record, and so its partition, until it can be applied ({@link InfrastructureRetry}).
 *
 * <p>The same transaction records the event in the audit trail ({@link AuditRecorder}) when it was applied or
 * found stale (an older version is still a version someone made), never for a duplicate.
 */
@ApplicationScoped
public class EventIntake {

    private final EventContract contract;
    private final Map<ConsumedEvent, Projector> projectors;
    private final MeterRegistry registry;
    private final InfrastructureRetry retry;
    private final AuditRecorder audit;

    public EventIntake(EventContract contract, Instance<Projector> projectors, MeterRegistry registry,
                       InfrastructureRetry retry, AuditRecorder audit) {
        this.contract = contract;
        this.projectors = projectors.stream()
                .flatMap(p -> p.types().stream().map(type -> Map.entry(type, p)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.registry = registry;
        this.retry = retry;
        this.audit = audit;
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

    /**
     * Applies one record, waiting for the database as long as it takes; returns what it did, or throws
     * {@link EventContractException} for a poison record (the caller decides what a refusal means: the
     * live channels dead-letter it, a rebuild counts it).
     */
    public Outcome intake(ConsumerRecord<String, String> record) {
        Received received = contract.read(record);
        var event = received.envelope();
        Projector projector = projectors.get(received.type());
        UUID id = parseId(event.id());
        String position = "applying " + record.topic() + "-" + record.partition() + "@" + record.offset();
        Outcome outcome = retry.untilDone(position, "aggregation.events.retried", record.topic(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (ProcessedEvent.findById(id) != null) {
                        return Outcome.DUPLICATE;
                    }
                    Outcome result = projector.apply(event, received.data());
                    audit.record(received, id);
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
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new EventContractException("event id " + id + " is not a UUID");
        }
    }
}
