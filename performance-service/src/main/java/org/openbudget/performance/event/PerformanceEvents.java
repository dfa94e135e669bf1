package org.openbudget.performance.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.common.outbox.Outbox;
import org.openbudget.disclosure.event.EventType;

/**
 * The events performance-service publishes on {@code performance.events} (docs/DESIGN.md §5), each through the
 * outbox in the transaction of the change. JSON Schema and example: {@code disclosure-model/src/main/resources/events/}.
 */
@ApplicationScoped
public class PerformanceEvents {

    /** PerformanceTargetsChanged: the whole current revision of a department-year's targets. */
    public static final String TARGETS_CHANGED = EventType.PERFORMANCE_TARGETS_CHANGED.type();

    private final Outbox outbox;
    private final String topic;
    private final String source;

    public PerformanceEvents(Outbox outbox,
                             @ConfigProperty(name = "openbudget.events.topic") String topic,
                             @ConfigProperty(name = "openbudget.events.source") String source) {
        this.outbox = outbox;
        this.topic = topic;
        this.source = source;
    }

    /** Key {@code {dept}:{year}} (e.g. {@code 434:2022}): every change of one department-year stays in order. */
    public static String key(String department, int year) {
        return department + ":" + year;
    }

    public void targetsChanged(String department, int year, Object targetSet) {
        outbox.append(topic, source, TARGETS_CHANGED, key(department, year), targetSet);
    }
}
