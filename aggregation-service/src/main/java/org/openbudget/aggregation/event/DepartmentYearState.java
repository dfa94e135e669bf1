package org.openbudget.aggregation.event;

/**
 * Event-carried state of one department-year (key {@code dept:year}): budget, performance targets or asset year.
 * Consumers keep the highest {@link #version()} per key.
 */
public sealed interface DepartmentYearState extends EventData permits BudgetChanged, TargetsChanged, AssetYearChanged {

    String department();

    int year();

    long version();

    /** The workflow status of the current revision; null where the state has none of its own (asset year). */
    String status();

    /** Whether a published revision exists — the only part anonymous readers may see. */
    boolean hasPublished();

    /** The Kafka key and CloudEvents subject the producer uses. */
    default String key() {
        return department() + ":" + year();
    }
}
