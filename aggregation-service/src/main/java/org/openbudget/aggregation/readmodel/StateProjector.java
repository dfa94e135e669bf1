package org.openbudget.aggregation.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.openbudget.aggregation.intake.Outcome;
import org.openbudget.aggregation.intake.Projector;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.EventContractException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The shared part of every projector of a department-year aggregate: check the key, keep the highest
 * version in {@link AggregateView}, and let the subclass update its derived read models (roll-ups).
 */
public abstract class StateProjector implements Projector {

    protected final EntityManager em;

    protected StateProjector(EntityManager em) {
        this.em = em;
    }

    /** The {@link AggregateView#kind} this projector writes; several event types may share one kind. */
    protected abstract String kind();

    /** Updates the derived read models from the new state; {@code previous} is null for a new key. */
    protected abstract void derive(AggregateView view, AggregateView previousOrNull);

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
        AggregateView previous = view == null ? null : copy(view);
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
        derive(view, previous);
        return Outcome.APPLIED;
    }

    @Override
    public void reset() {
        AggregateView.delete("kind", kind());
    }

    private static AggregateView copy(AggregateView v) {
        AggregateView c = new AggregateView();
        c.kind = v.kind;
        c.eventKey = v.eventKey;
        c.department = v.department;
        c.year = v.year;
        c.status = v.status;
        c.hasPublished = v.hasPublished;
        c.data = v.data;
        c.sourceVersion = v.sourceVersion;
        return c;
    }

    protected static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
