package org.openbudget.disclosure.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five CloudEvents types of the platform (docs/DESIGN.md §5): who emits each, on which topic, and the file stem of its
 * JSON Schema and example in {@code disclosure-model/src/main/resources/events/}. The data schemas are generated
 * from the producers' payload records; a test in each producer fails when record and schema drift apart.
 */
public enum EventType {

    DEPARTMENT_CHANGED("org.openbudget.budget.department.changed.v1", "department-changed.v1",
            "budget-service", "budget.events", "DepartmentChanged",
            "Event-carried state: the whole department after the change. Key = department code. Consumers keep the"
                    + " highest version per key."),
    DEPARTMENT_BUDGET_CHANGED("org.openbudget.budget.department-budget.changed.v1", "department-budget-changed.v1",
            "budget-service", "budget.events", "DepartmentBudgetChanged",
            "Event-carried state of one department-year budget after a change. Key and subject = '{dept}:{year}'"
                    + " (e.g. 434:2022). Consumers keep the highest version per key. Amounts in 元 with 2 decimals;"
                    + " an absent amount is a blank cell, which is not 0."),
    PERFORMANCE_TARGETS_CHANGED("org.openbudget.performance.targets.changed.v1", "performance-targets-changed.v1",
            "performance-service", "performance.events", "PerformanceTargetsChanged",
            "Event-carried state: a department-year's performance targets (预算绩效目标) after the change: the current"
                    + " revision in full with its lint, and the last published revision when the current one is an"
                    + " unpublished adjustment. Key = '{department}:{year}'. Consumers keep the highest version per key."),
    ASSET_HOLDINGS_CHANGED("org.openbudget.asset.holdings.changed.v1", "holdings-changed.v1",
            "asset-service", "asset.events", "AssetHoldingsChanged",
            "Event-carried state of the key '{department}:{year}' (log-compacted topic): the holdings dated in that"
                    + " year and the procurement plan of that year, whichever changed. Same data as"
                    + " ProcurementPlanChanged; the type says which part changed. Consumers keep the highest version"
                    + " per key. Amounts in 元."),
    PROCUREMENT_PLAN_CHANGED("org.openbudget.asset.procurement-plan.changed.v1", "procurement-plan-changed.v1",
            "asset-service", "asset.events", "ProcurementPlanChanged",
            "Event-carried state of the key '{department}:{year}' (log-compacted topic): the holdings dated in that"
                    + " year and the procurement plan of that year, whichever changed. Same data as"
                    + " AssetHoldingsChanged; the type says which part changed. Consumers keep the highest version"
                    + " per key. Amounts in 元.");

    /** Where the schemas and examples are on the classpath. */
    public static final String RESOURCE_FOLDER = "events/";

    private final String type;
    private final String stem;
    private final String producer;
    private final String topic;
    private final String title;
    private final String description;

    EventType(String type, String stem, String producer, String topic, String title, String description) {
        this.type = type;
        this.stem = stem;
        this.producer = producer;
        this.topic = topic;
        this.title = title;
        this.description = description;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code org.openbudget.budget.department-budget.changed.v1}. */
    public String type() {
        return type;
    }

    public String producer() {
        return producer;
    }

    public String topic() {
        return topic;
    }

    /** The schema's title, the name the README and docs/DESIGN.md §5 use for the event. */
    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Classpath resource of the JSON Schema of {@code data}, e.g. {@code events/department-changed.v1.schema.json}. */
    public String schemaResource() {
        return RESOURCE_FOLDER + stem + ".schema.json";
    }

    /** Classpath resource of a complete example event (envelope and data) that satisfies the schema. */
    public String exampleResource() {
        return RESOURCE_FOLDER + stem + ".example.json";
    }

    /** The schema's {@code $id}, e.g. {@code urn:openbudget:events:budget:department-budget-changed:v1}. */
    public String schemaId() {
        String owner = producer.replace("-service", "");
        String name = stem.substring(0, stem.lastIndexOf('.'));
        if (name.startsWith(owner + "-")) {
            name = name.substring(owner.length() + 1);
        }
        return "urn:openbudget:events:" + owner + ":" + name + ":" + stem.substring(stem.lastIndexOf('.') + 1);
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
