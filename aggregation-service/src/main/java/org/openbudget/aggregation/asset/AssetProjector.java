package org.openbudget.aggregation.asset;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.readmodel.AggregateView;
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
public class AssetProjector extends StateProjector {

    public static final String HOLDINGS = "org.openbudget.asset.holdings.changed.v1";
    public static final String PROCUREMENT = "org.openbudget.asset.procurement-plan.changed.v1";
    public static final String KIND = "asset";

    public AssetProjector(EntityManager em, RollupStore rollups) {
        super(em, rollups);
    }

    @Override
    public Set<String> types() {
        return Set.of(HOLDINGS, PROCUREMENT);
    }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected boolean hasPublished(JsonNode data) {
        return data.hasNonNull("publishedProcurementPlan");
    }

    @Override
    protected Map<Scope, List<Contribution>> contributions(AggregateView view) {
        // holdings have no workflow of their own: the same figures count in both scopes
        List<Contribution> holdings = AssetContributions.holdings(view.data);
        List<Contribution> current = new ArrayList<>(holdings);
        current.addAll(AssetContributions.procurement(view.data.get("procurementPlan")));
        List<Contribution> published = new ArrayList<>(holdings);
        published.addAll(AssetContributions.procurement(view.data.get("publishedProcurementPlan")));
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        contributions.put(Scope.CURRENT, current);
        contributions.put(Scope.PUBLISHED, published);
        return contributions;
    }
}
