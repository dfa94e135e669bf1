package org.openbudget.aggregation.budget;

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

/** budget-service's {@code department-budget.changed.v1}: the budget read model and its roll-up contributions. */
@Singleton
public class BudgetProjector extends StateProjector {

    public static final String TYPE = "org.openbudget.budget.department-budget.changed.v1";
    public static final String KIND = "budget";

    private final RollupStore rollups;

    public BudgetProjector(EntityManager em, RollupStore rollups) {
        super(em);
        this.rollups = rollups;
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
        return data.hasNonNull("published");
    }

    @Override
    protected void derive(AggregateView view, AggregateView previous) {
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        contributions.put(Scope.CURRENT, BudgetContributions.of(view.department, view.data.path("budget")));
        if (view.hasPublished) {
            contributions.put(Scope.PUBLISHED, BudgetContributions.of(view.department, view.data.path("published")));
        }
        rollups.replace(view.year, view.department, KIND, rollups.regionOf(view.department), contributions);
        learnNames(view.data.path("budget"));
    }

    @Override
    public void reset() {
        super.reset();
        rollups.reset();
        em.createNativeQuery("delete from classification_name").executeUpdate();
    }

    private void learnNames(JsonNode budget) {
        for (String scheme : List.of("functional", "economic")) {
            for (JsonNode line : budget.path(scheme).path("lines")) {
                String code = line.path("code").asText(null);
                String name = line.path("name").asText(null);
                if (code != null && name != null) {
                    em.createNativeQuery("insert into classification_name (scheme, code, name) values (:s, :c, :n) "
                                    + "on conflict (scheme, code) do update set name = excluded.name")
                            .setParameter("s", scheme).setParameter("c", code).setParameter("n", name).executeUpdate();
                }
            }
        }
    }
}
