package org.openbudget.budget.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.common.outbox.Outbox;
import org.openbudget.disclosure.event.EventType;

/**
 * The events budget-service publishes on {@code budget.events} (docs/DESIGN.md §5), each through the outbox
 * in the transaction of the change. JSON Schemas (generated from the payload records) and examples: {@code disclosure-model/src/main/resources/events/}.
 */
@ApplicationScoped
public class BudgetEvents {

    public static final String DEPARTMENT_CHANGED = EventType.DEPARTMENT_CHANGED.type();
    public static final String DEPARTMENT_BUDGET_CHANGED = EventType.DEPARTMENT_BUDGET_CHANGED.type();

    private final Outbox outbox;
    private final String topic;
    private final String source;

    public BudgetEvents(Outbox outbox,
                        @ConfigProperty(name = "openbudget.events.topic") String topic,
                        @ConfigProperty(name = "openbudget.events.source") String source) {
        this.outbox = outbox;
        this.topic = topic;
        this.source = source;
    }

    /** Key: the department code — every change of one department stays in one partition, in order. */
    public void departmentChanged(String code, Object department) {
        outbox.append(topic, source, DEPARTMENT_CHANGED, code, department);
    }

    /**
     * Key {@code {dept}:{year}} (e.g. {@code 434:2022}): all changes of one department-year stay in one
     * partition, in order; the topic can be compacted to the latest state per key.
     */
    public void departmentBudgetChanged(String department, int year, Object budget) {
        outbox.append(topic, source, DEPARTMENT_BUDGET_CHANGED, department + ":" + year, budget);
    }
}
