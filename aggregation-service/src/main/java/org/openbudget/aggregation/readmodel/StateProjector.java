package org.openbudget.aggregation.readmodel;

import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.event.DepartmentYearState;
import org.openbudget.aggregation.event.EventData;
import org.openbudget.aggregation.intake.Outcome;
import org.openbudget.aggregation.intake.Projector;
import org.openbudget.aggregation.intake.Target;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.RollupStore;
import org.openbudget.aggregation.rollup.Scope;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.EventContractException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shared part of every projector of a department-year aggregate: check the key, keep the highest
 * version in {@link AggregateView}, and replace what the department-year contributes to the roll-ups with
 * what the subclass computes from the new state.
 *
 * @param <T> the state's record
 */
public abstract class StateProjector<T extends DepartmentYearState> implements Projector {

    protected final EntityManager em;
    private final RollupStore rollups;

    protected StateProjector(EntityManager em, RollupStore rollups) {
        this.em = em;
        this.rollups = rollups;
    }

    /** The {@link AggregateView#kind} this projector writes; several event types may share one kind. */
    protected abstract StateKind kind();

    protected abstract Class<T> stateType();

    /** What the new state adds to the roll-ups, per scope (a scope left out contributes nothing). */
    protected abstract Map<Scope, List<Contribution>> contributions(T state);

    /** Further read models a projector keeps beside the roll-ups; none by default. */
    protected void afterApply(T state) {
    }

    @Override
    public Target target(CloudEvent event, EventData data) {
        T state = stateType().cast(data);
        if (state.department() == null || state.year() < 1900 || state.version() < 1) {
            throw new EventContractException(event.type() + " lacks department, year or a positive version");
        }
        if (!state.key().equals(event.subject())) {
            throw new EventContractException("key " + state.key() + " differs from subject " + event.subject());
        }
        // the kind, not the type: asset-service's two types share one key and version counter
        return new Target(kind().wire() + " " + state.key(), state.version(), state.department());
    }

    @Override
    public Outcome apply(CloudEvent event, EventData data) {
        target(event, data);
        T state = stateType().cast(data);
        String department = state.department();
        int year = state.year();
        long version = state.version();
        String key = state.key();
        // the stored version only, locked, and the new state written as the event's JSON text: loading and
        // dirty-checking the entity made Hibernate parse, copy and compare the whole (large) previous payload
        Long stored = storedVersion(key);
        if (stored != null && stored >= version) {
            return Outcome.STALE;
        }
        AggregateView view = new AggregateView();
        view.kind = kind().wire();
        view.eventKey = key;
        view.department = department;
        view.year = year;
        view.status = state.status();
        view.hasPublished = state.hasPublished();
        view.data = event.data();
        view.sourceVersion = version;
        view.sourceEventId = UUID.fromString(event.id());
        view.sourceType = event.type();
        view.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        write(view);
        rollups.replace(view.year, view.department, kind().wire(), rollups.regionOf(view.department), contributions(state));
        afterApply(state);
        return Outcome.APPLIED;
    }

    private Long storedVersion(String key) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (var select = connection.prepareStatement(
                    "select source_version from aggregate_view where kind = ? and event_key = ? for update")) {
                select.setString(1, kind().wire());
                select.setString(2, key);
                try (var rs = select.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
    }

    private void write(AggregateView view) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var upsert = connection.prepareStatement("insert into aggregate_view (kind, event_key, department, year, "
                    + "status, has_published, data, source_version, source_event_id, source_type, applied_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict (kind, event_key) do update set "
                    + "department = excluded.department, year = excluded.year, status = excluded.status, "
                    + "has_published = excluded.has_published, data = excluded.data, source_version = excluded.source_version, "
                    + "source_event_id = excluded.source_event_id, source_type = excluded.source_type, applied_at = excluded.applied_at")) {
                upsert.setString(1, view.kind);
                upsert.setString(2, view.eventKey);
                upsert.setString(3, view.department);
                upsert.setInt(4, view.year);
                upsert.setString(5, view.status);
                upsert.setBoolean(6, view.hasPublished);
                upsert.setString(7, view.data.toString());
                upsert.setLong(8, view.sourceVersion);
                upsert.setObject(9, view.sourceEventId);
                upsert.setString(10, view.sourceType);
                upsert.setObject(11, view.appliedAt);
                upsert.executeUpdate();
            }
        });
    }
}
