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

    public BudgetProjector(EntityManager em, RollupStore rollups) {
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
        return data.hasNonNull("published");
    }

    @Override
    protected Map<Scope, List<Contribution>> contributions(AggregateView view) {
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        contributions.put(Scope.CURRENT, BudgetContributions.of(view.department, view.data.path("budget")));
        if (view.hasPublished) {
            contributions.put(Scope.PUBLISHED, BudgetContributions.of(view.department, view.data.path("published")));
        }
        return contributions;
    }

    @Override
    protected void afterApply(AggregateView view) {
        learnNames(view.data.path("budget"));
    }

    @Override
    public void reset() {
        super.reset();
        em.createNativeQuery("delete from classification_name").executeUpdate();
    }

    /** One JDBC batch per event: a budget has a few hundred lines, and this runs on every budget event. */
    private void learnNames(JsonNode budget) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var upsert = connection.prepareStatement("insert into classification_name (scheme, code, name) "
                    + "values (?, ?, ?) on conflict (scheme, code) do update set name = excluded.name "
                    + "where classification_name.name <> excluded.name")) {
                for (String scheme : List.of("functional", "economic")) {
                    for (JsonNode line : budget.path(scheme).path("lines")) {
                        String code = line.path("code").asText(null);
                        String name = line.path("name").asText(null);
                        if (code != null && name != null) {
                            upsert.setString(1, scheme);
                            upsert.setString(2, code);
                            upsert.setString(3, name);
                            upsert.addBatch();
                        }
                    }
                }
                upsert.executeBatch();
            }
        });
    }
}
