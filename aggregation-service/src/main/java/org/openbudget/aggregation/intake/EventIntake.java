package org.openbudget.aggregation.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openbudget.aggregation.admin.IntakePause;
import org.openbudget.aggregation.audit.AuditRecorder;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.rollup.RollupStore;
import org.openbudget.common.event.EventContractException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies records of the owner topics, a batch in one transaction together with the batch's processed markers
 * ({@code processed_event}); the channels ({@link IntakeChannels}) commit the offsets only after that. Within a
 * batch, as across batches: a duplicate (same event id, already processed or earlier in the batch) changes nothing
 * and leaves no marker; an older or equal version of an aggregate — older than what the read model holds, or than
 * another event of the same batch — is {@link Outcome#STALE}: only the newest version of each aggregate is applied.
 * A record that breaks the event contract is refused alone (returned to the caller, which dead-letters or counts
 * it); the rest of its batch is applied. Any other failure (database away, a lock conflict) rolls the whole batch
 * back and it is tried again, as a whole, until it works ({@link InfrastructureRetry}).
 *
 * <p>The same transaction records every applied or stale event in the audit trail ({@link AuditRecorder}), never a
 * duplicate.
 */
@ApplicationScoped
public class EventIntake {

    private final EventContract contract;
    private final Map<ConsumedEvent, Projector> projectors;
    private final MeterRegistry registry;
    private final InfrastructureRetry retry;
    private final AuditRecorder audit;
    private final RollupStore rollups;
    private final EntityManager em;

    public EventIntake(EventContract contract, Instance<Projector> projectors, MeterRegistry registry,
                       InfrastructureRetry retry, AuditRecorder audit, RollupStore rollups, EntityManager em) {
        this.contract = contract;
        this.projectors = projectors.stream()
                .flatMap(p -> p.types().stream().map(type -> Map.entry(type, p)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.registry = registry;
        this.retry = retry;
        this.audit = audit;
        this.rollups = rollups;
        this.em = em;
    }

    /** A record refused for breaking the contract, with the reason. */
    public record Refused(ConsumerRecord<String, String> record, EventContractException reason) {
    }

    /** What a batch did: each accepted record's outcome (in the batch's order) and the refused records. */
    public record BatchOutcome(Map<ConsumerRecord<String, String>, Outcome> outcomes, List<Refused> refused) {
    }

    /**
     * The first statement of each transaction a batch is applied in: the live channels take the rebuild's intake
     * lock shared ({@link IntakePause#enterShared}), a rebuild's replay points the transaction at its shadow schema.
     */
    @FunctionalInterface
    public interface TransactionStart {
        void begin(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** A record that keeps the contract, ready to apply. */
    private record Item(ConsumerRecord<String, String> record, Received received, UUID id, Projector projector,
                        Target target) {
    }

    /**
     * Applies one record, waiting for the database as long as it takes; returns what it did, or throws
     * {@link EventContractException} for a poison record.
     */
    public Outcome intake(ConsumerRecord<String, String> record) {
        BatchOutcome done = intake(List.of(record));
        if (!done.refused().isEmpty()) {
            throw done.refused().get(0).reason();
        }
        return done.outcomes().get(record);
    }

    /**
     * Applies a batch (records of one topic, in the order they were read), waiting for the database as long as it
     * takes. The refused records are returned, not thrown: the caller decides what a refusal means (the live
     * channels dead-letter it, a rebuild counts it).
     */
    public BatchOutcome intake(List<ConsumerRecord<String, String>> records) {
        return intake(records, IntakePause::enterShared);
    }

    /** The same, each transaction begun by {@code start} instead of the live intake's lock. */
    public BatchOutcome intake(List<ConsumerRecord<String, String>> records, TransactionStart start) {
        List<Refused> refused = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                Received received = contract.read(record);
                Projector projector = projectors.get(received.type());
                UUID id = parseId(received.envelope().id());
                items.add(new Item(record, received, id, projector, projector.target(received.envelope(), received.data())));
            } catch (EventContractException e) {
                refused.add(new Refused(record, e));
            }
        }
        Map<ConsumerRecord<String, String>, Outcome> outcomes = new LinkedHashMap<>();
        applyInTransactions(items, outcomes, refused, start);
        outcomes.forEach((record, outcome) -> registry.counter("aggregation.events", "topic", record.topic(),
                "outcome", outcome.name().toLowerCase()).increment());
        return new BatchOutcome(outcomes, refused);
    }

    /**
     * One transaction for the items. Should a breach show only while applying (a check the projector could not make
     * beforehand), the transaction is rolled back and the items are applied one per transaction, so that only that
     * record is refused.
     */
    private void applyInTransactions(List<Item> items, Map<ConsumerRecord<String, String>, Outcome> outcomes,
                                     List<Refused> refused, TransactionStart start) {
        if (items.isEmpty()) {
            return;
        }
        ConsumerRecord<String, String> first = items.get(0).record();
        ConsumerRecord<String, String> last = items.get(items.size() - 1).record();
        String position = "applying " + first.topic() + "-" + first.partition() + "@" + first.offset()
                + (items.size() == 1 ? "" : " and " + (items.size() - 1) + " more up to "
                + last.topic() + "-" + last.partition() + "@" + last.offset());
        try {
            outcomes.putAll(retry.untilDone(position, "aggregation.events.retried", first.topic(),
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        em.unwrap(org.hibernate.Session.class).doWork(start::begin);
                        return apply(items);
                    })));
        } catch (EventContractException breach) {
            if (items.size() == 1) {
                refused.add(new Refused(first, breach));
                return;
            }
            for (Item item : items) {
                applyInTransactions(List.of(item), outcomes, refused, start);
            }
        }
    }

    private Map<ConsumerRecord<String, String>, Outcome> apply(List<Item> items) {
        Set<UUID> processed = processed(items);
        // the newest version of each aggregate in the batch; of equal versions the first (a later one is stale, as
        // it would be applied after it)
        Map<String, Item> newest = new HashMap<>();
        for (Item item : items) {
            String aggregate = item.target().aggregate();
            Item known = newest.get(aggregate);
            if (!processed.contains(item.id()) && (known == null || item.target().version() > known.target().version())) {
                newest.put(aggregate, item);
            }
        }
        rollups.lockAttributions(newest.values().stream().map(i -> i.target().department()).toList());
        Map<ConsumerRecord<String, String>, Outcome> outcomes = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>(processed);
        List<Item> marked = new ArrayList<>();
        for (Item item : items) {
            if (!seen.add(item.id())) {
                outcomes.put(item.record(), Outcome.DUPLICATE);
                continue;
            }
            Outcome outcome = newest.get(item.target().aggregate()) == item
                    ? item.projector().apply(item.received().envelope(), item.received().data())
                    : Outcome.STALE;
            audit.record(item.received(), item.id());
            outcomes.put(item.record(), outcome);
            marked.add(item);
        }
        mark(marked, outcomes);
        return outcomes;
    }

    /** The batch's event ids that were processed before: one query. */
    private Set<UUID> processed(List<Item> items) {
        UUID[] ids = items.stream().map(Item::id).toArray(UUID[]::new);
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            Set<UUID> found = new HashSet<>();
            try (var select = connection.prepareStatement("select event_id from processed_event where event_id = any(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", ids));
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return found;
        });
    }

    /** The processed markers of the batch, one JDBC batch. */
    private void mark(List<Item> items, Map<ConsumerRecord<String, String>, Outcome> outcomes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into processed_event (event_id, event_type, subject, "
                    + "topic, kafka_partition, kafka_offset, outcome, processed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Item item : items) {
                    insert.setObject(1, item.id());
                    insert.setString(2, item.received().envelope().type());
                    insert.setString(3, item.received().envelope().subject());
                    insert.setString(4, item.record().topic());
                    insert.setInt(5, item.record().partition());
                    insert.setLong(6, item.record().offset());
                    insert.setString(7, outcomes.get(item.record()).name());
                    insert.setObject(8, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new EventContractException("event id " + id + " is not a UUID");
        }
    }
}
