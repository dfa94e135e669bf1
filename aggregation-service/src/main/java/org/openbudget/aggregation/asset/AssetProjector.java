package org.openbudget.aggregation.asset;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.readmodel.StateKind;
import org.openbudget.aggregation.readmodel.StateProjector;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.RollupStore;
import org.openbudget.aggregation.rollup.Scope;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * asset-service's two event types carry one state per department-year (holdings of the year and the
 * procurement plan) with one version counter, so one projector keeps the highest for both.
 */
@Singleton
public class AssetProjector extends StateProjector<AssetYearChanged> {

    public AssetProjector(EntityManager em, RollupStore rollups) {
        super(em, rollups);
    }

    @Override
    public Set<ConsumedEvent> types() {
        return Set.of(ConsumedEvent.HOLDINGS_CHANGED, ConsumedEvent.PROCUREMENT_PLAN_CHANGED);
    }

    @Override
    protected StateKind kind() {
        return StateKind.ASSET;
    }

    @Override
    protected Class<AssetYearChanged> stateType() {
        return AssetYearChanged.class;
    }

    @Override
    protected Map<Scope, List<Contribution>> contributions(AssetYearChanged state) {
        // holdings have no workflow of their own: the same figures count in both scopes
        List<Contribution> holdings = AssetContributions.holdings(state);
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            List<Contribution> all = new ArrayList<>(holdings);
            all.addAll(AssetContributions.procurement(state.plan(scope == Scope.PUBLISHED)));
            contributions.put(scope, all);
        }
        return contributions;
    }
}
