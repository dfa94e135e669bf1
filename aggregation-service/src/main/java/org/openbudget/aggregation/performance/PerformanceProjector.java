package org.openbudget.aggregation.performance;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.readmodel.StateKind;
import org.openbudget.aggregation.readmodel.StateProjector;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.RollupStore;
import org.openbudget.aggregation.rollup.Scope;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** performance-service's {@code targets.changed.v1}: the target-set read model and its coverage roll-ups. */
@Singleton
public class PerformanceProjector extends StateProjector<TargetsChanged> {

    public PerformanceProjector(EntityManager em, RollupStore rollups) {
        super(em, rollups);
    }

    @Override
    public Set<ConsumedEvent> types() {
        return Set.of(ConsumedEvent.TARGETS_CHANGED);
    }

    @Override
    protected StateKind kind() {
        return StateKind.PERFORMANCE;
    }

    @Override
    protected Class<TargetsChanged> stateType() {
        return TargetsChanged.class;
    }

    @Override
    protected Map<Scope, List<Contribution>> contributions(TargetsChanged targets) {
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        contributions.put(Scope.CURRENT, PerformanceContributions.of(targets));
        TargetsChanged published = targets.publishedRevision();
        if (published != null) {
            contributions.put(Scope.PUBLISHED, PerformanceContributions.of(published));
        }
        return contributions;
    }
}
