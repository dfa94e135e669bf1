package org.openbudget.aggregation.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.event.DepartmentChanged;
import org.openbudget.aggregation.event.EventData;
import org.openbudget.aggregation.intake.Outcome;
import org.openbudget.aggregation.intake.Projector;
import org.openbudget.aggregation.intake.Target;
import org.openbudget.aggregation.rollup.RollupStore;
import org.openbudget.common.event.CloudEvent;
import org.openbudget.common.event.EventContractException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** Keeps {@link DepartmentView} at the highest department version seen. */
@ApplicationScoped
public class DepartmentProjector implements Projector {

    private final RollupStore rollups;

    public DepartmentProjector(RollupStore rollups) {
        this.rollups = rollups;
    }

    @Override
    public Set<ConsumedEvent> types() {
        return Set.of(ConsumedEvent.DEPARTMENT_CHANGED);
    }

    @Override
    public Target target(CloudEvent event, EventData bound) {
        DepartmentChanged data = (DepartmentChanged) bound;
        check(data, event);
        return new Target("department " + data.code(), data.version(), data.code());
    }

    @Override
    public Outcome apply(CloudEvent event, EventData bound) {
        DepartmentChanged data = (DepartmentChanged) bound;
        check(data, event);
        DepartmentView view = DepartmentView.findById(data.code(), LockModeType.PESSIMISTIC_WRITE);
        if (view != null && view.sourceVersion >= data.version()) {
            return Outcome.STALE;
        }
        if (view == null) {
            view = new DepartmentView();
            view.code = data.code();
        }
        view.name = data.name();
        view.regionCode = data.region().code();
        view.regionName = data.region().name();
        view.units = data.units();
        view.duties = data.duties();
        view.organization = data.organization();
        view.glossary = data.glossary();
        view.otherMatters = data.otherMatters();
        view.sourceVersion = data.version();
        view.sourceEventId = UUID.fromString(event.id());
        view.sourceUpdatedAt = data.updatedAt() != null ? data.updatedAt() : event.time();
        view.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        view.persist();
        // budgets that arrived first, or a county change, move the department's roll-up contributions
        rollups.reattribute(view.code, view.regionCode);
        return Outcome.APPLIED;
    }

    private static void check(DepartmentChanged data, CloudEvent event) {
        if (data.code() == null || !data.code().equals(event.subject())) {
            throw new EventContractException("department code " + data.code() + " differs from subject " + event.subject());
        }
        if (data.name() == null || data.region() == null || data.region().code() == null || data.version() < 1) {
            throw new EventContractException("department event lacks name, region or a positive version");
        }
    }
}
