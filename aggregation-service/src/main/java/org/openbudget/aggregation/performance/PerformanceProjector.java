package org.openbudget.aggregation.performance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.readmodel.AggregateView;
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
public class PerformanceProjector extends StateProjector {

    public static final String TYPE = "org.openbudget.performance.targets.changed.v1";
    public static final String KIND = "performance";

    public PerformanceProjector(EntityManager em, RollupStore rollups) {
        super(em, rollups);
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    protected String kind() {
        return KIND;
    }

    @Override
    protected boolean hasPublished(JsonNode data) {
        return "published".equals(text(data, "status")) || data.hasNonNull("lastPublished");
    }

    @Override
    protected Map<Scope, List<Contribution>> contributions(AggregateView view) {
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        contributions.put(Scope.CURRENT, PerformanceContributions.of(view.data));
        JsonNode published = "published".equals(view.status) ? view.data : view.data.get("lastPublished");
        if (published != null && !published.isNull()) {
            contributions.put(Scope.PUBLISHED, PerformanceContributions.of(published));
        }
        return contributions;
    }
}
