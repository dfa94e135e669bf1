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
import java.util.TreeMap;
import java.time.OffsetDateTime;
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

    /**
     * One JDBC batch per event: a budget has a few hundred lines, and this runs on every budget event. A name
     * replaces the stored one only when its budget changed later ({@code updatedAt}), whatever the arrival order;
     * rows are written in code order so that two intakes never wait for each other's rows crosswise.
     */
    private void learnNames(JsonNode budget) {
        // the contract requires updatedAt; a budget without one ranks below every dated one
        OffsetDateTime changed = budget.hasNonNull("updatedAt") ? OffsetDateTime.parse(budget.path("updatedAt").asText())
                : OffsetDateTime.parse("1970-01-01T00:00:00Z");
        TreeMap<String, String> names = new TreeMap<>();
        for (String scheme : List.of("economic", "functional")) {
            for (JsonNode line : budget.path(scheme).path("lines")) {
                String code = line.path("code").asText(null);
                String name = line.path("name").asText(null);
                if (code != null && name != null) {
                    names.put(scheme + " " + code, name);
                }
            }
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var upsert = connection.prepareStatement("insert into classification_name (scheme, code, name, learned_from) "
                    + "values (?, ?, ?, ?) on conflict (scheme, code) do update set name = excluded.name, learned_from = excluded.learned_from "
                    + "where (excluded.learned_from, excluded.name) > (classification_name.learned_from, classification_name.name)")) {
                for (Map.Entry<String, String> e : names.entrySet()) {
                    int space = e.getKey().indexOf(' ');
                    upsert.setString(1, e.getKey().substring(0, space));
                    upsert.setString(2, e.getKey().substring(space + 1));
                    upsert.setString(3, e.getValue());
                    upsert.setObject(4, changed);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }
}
