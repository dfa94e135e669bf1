package org.openbudget.aggregation.event;

import org.openbudget.disclosure.event.EventType;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five CloudEvents types this service consumes, each with the record its {@code data} is bound to — once, at
 * intake ({@code intake.EventIntake}); every consumer (projectors, roll-ups, documents, consistency, audit) gets the
 * record, never the JSON.
 */
public enum ConsumedEvent {
    /** budget-service: a department's name, county, units and profile texts. Key: department code. */
    DEPARTMENT_CHANGED(EventType.DEPARTMENT_CHANGED, DepartmentChanged.class),
    /** budget-service: a department-year budget, its published revision and validation. Key {@code dept:year}. */
    BUDGET_CHANGED(EventType.DEPARTMENT_BUDGET_CHANGED, BudgetChanged.class),
    /** performance-service: a department-year's performance targets (预算绩效目标). Key {@code dept:year}. */
    TARGETS_CHANGED(EventType.PERFORMANCE_TARGETS_CHANGED, TargetsChanged.class),
    /** asset-service: the fixed-asset holdings of a department-year changed (the state carries the plan too). */
    HOLDINGS_CHANGED(EventType.ASSET_HOLDINGS_CHANGED, AssetYearChanged.class),
    /** asset-service: the procurement plan of a department-year changed (the same state as holdings). */
    PROCUREMENT_PLAN_CHANGED(EventType.PROCUREMENT_PLAN_CHANGED, AssetYearChanged.class);

    private final EventType contract;
    private final Class<? extends EventData> data;

    ConsumedEvent(EventType contract, Class<? extends EventData> data) {
        this.contract = contract;
        this.data = data;
    }

    /** The type in the platform's event contract: its CloudEvents type, producer, topic and JSON Schema. */
    public EventType contract() {
        return contract;
    }

    /** The record the event's {@code data} binds to. */
    public Class<? extends EventData> data() {
        return data;
    }

    public static Optional<ConsumedEvent> of(String type) {
        return Arrays.stream(values()).filter(e -> e.contract.type().equals(type)).findFirst();
    }
}
