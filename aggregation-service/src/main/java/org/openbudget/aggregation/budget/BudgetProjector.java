package org.openbudget.aggregation.budget;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.readmodel.StateKind;
import org.openbudget.aggregation.readmodel.StateProjector;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.RollupStore;
import org.openbudget.aggregation.rollup.Scope;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.FunctionalLine;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** budget-service's {@code department-budget.changed.v1}: the budget read model and its roll-up contributions. */
@Singleton
public class BudgetProjector extends StateProjector<BudgetChanged> {

    /** A budget without a change date ranks below every dated one when two name a classification code. */
    private static final OffsetDateTime UNDATED = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    public BudgetProjector(EntityManager em, RollupStore rollups) {
        super(em, rollups);
    }

    @Override
    public Set<ConsumedEvent> types() {
        return Set.of(ConsumedEvent.BUDGET_CHANGED);
    }

    @Override
    protected StateKind kind() {
        return StateKind.BUDGET;
    }

    @Override
    protected Class<BudgetChanged> stateType() {
        return BudgetChanged.class;
    }

    @Override
    protected Map<Scope, List<Contribution>> contributions(BudgetChanged state) {
        Map<Scope, List<Contribution>> contributions = new EnumMap<>(Scope.class);
        for (Scope scope : Scope.values()) {
            BudgetVersion budget = state.version(scope == Scope.PUBLISHED);
            if (budget != null) {
                contributions.put(scope, BudgetContributions.of(state.department(), budget.content()));
            }
        }
        return contributions;
    }

    @Override
    protected void afterApply(BudgetChanged state) {
        if (state.budget() != null) {
            learnNames(state.budget());
        }
    }

    /**
     * One JDBC batch per event: a budget has a few hundred lines, and this runs on every budget event. A name
     * replaces the stored one only when its budget changed later ({@code updatedAt}), whatever the arrival order;
     * rows are written in code order so that two intakes never wait for each other's rows crosswise.
     */
    private void learnNames(BudgetVersion budget) {
        OffsetDateTime changed = budget.header().updatedAt() != null ? budget.header().updatedAt() : UNDATED;
        TreeMap<String, String> names = new TreeMap<>();
        for (EconomicLine line : budget.content().economic().lines()) {
            name(names, "economic", line.code(), line.name());
        }
        for (FunctionalLine line : budget.content().functional().lines()) {
            name(names, "functional", line.code(), line.name());
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

    private static void name(Map<String, String> names, String scheme, String code, String name) {
        if (code != null && name != null) {
            names.put(scheme + " " + code, name);
        }
    }
}
