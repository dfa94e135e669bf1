package org.openbudget.aggregation.readmodel;

import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.DepartmentYearState;
import org.openbudget.aggregation.event.TargetsChanged;

/** The department-year states {@link AggregateView} keeps, by {@link AggregateView#kind}, with their records. */
public enum StateKind {
    BUDGET("budget", BudgetChanged.class),
    PERFORMANCE("performance", TargetsChanged.class),
    /** Holdings and procurement plan: asset-service's two event types share one state and version counter. */
    ASSET("asset", AssetYearChanged.class);

    private final String wire;
    private final Class<? extends DepartmentYearState> state;

    StateKind(String wire, Class<? extends DepartmentYearState> state) {
        this.wire = wire;
        this.state = state;
    }

    /** The {@code kind} column's value (also the roll-up contributions' source). */
    public String wire() {
        return wire;
    }

    public Class<? extends DepartmentYearState> state() {
        return state;
    }
}
