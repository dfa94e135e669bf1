package org.openbudget.aggregation.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.openbudget.aggregation.intake.Outcome;
import org.openbudget.aggregation.intake.Projector;
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
 */
public abstract class StateProjector implements Projector {

    protected final EntityManager em;
    private final RollupStore rollups;

    protected StateProjector(EntityManager em, RollupStore rollups) {
        this.em = em;
        this.rollups = rollups;
    }

    /** The {@link AggregateView#kind} this projector writes; several event types may share one kind. */
    protected abstract String kind();

    /** What the new state adds to the roll-ups, per scope (a scope left out contributes nothing). */
    protected abstract Map<Scope, List<Contribution>> contributions(AggregateView view);

    /** Further read models a projector keeps beside the roll-ups; none by default. */
    protected void afterApply(AggregateView view) {
    }

    /** Whether the state carries a published version (its JSON differs per owner). */
    protected abstract boolean hasPublished(JsonNode data);

    @Override
    public Outcome apply(CloudEvent event) {
        JsonNode data = event.data();
        String department = text(data, "department");
        int year = data.path("year").asInt(-1);
        long version = data.path("version").asLong(-1);
        if (department == null || year < 1900 || version < 1) {
            throw new EventContractException(event.type() + " lacks department, year or a positive version");
        }
        String key = department + ":" + year;
        if (!key.equals(event.subject())) {
            throw new EventContractException("key " + key + " differs from subject " + event.subject());
        }
        AggregateView view = em.find(AggregateView.class, new AggregateView.Id(kind(), key), LockModeType.PESSIMISTIC_WRITE);
        if (view != null && view.sourceVersion >= version) {
            return Outcome.STALE;
        }
        if (view == null) {
            view = new AggregateView();
            view.kind = kind();
            view.eventKey = key;
        }
        view.department = department;
        view.year = year;
        view.status = text(data, "status");
        view.hasPublished = hasPublished(data);
        view.data = data;
        view.sourceVersion = version;
        view.sourceEventId = UUID.fromString(event.id());
        view.sourceType = event.type();
        view.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        view.persist();
        rollups.replace(view.year, view.department, kind(), rollups.regionOf(view.department), contributions(view));
        afterApply(view);
        return Outcome.APPLIED;
    }

    @Override
    public void reset() {
        AggregateView.delete("kind", kind());
    }

    protected static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
