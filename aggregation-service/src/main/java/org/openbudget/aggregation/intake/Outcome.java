package org.openbudget.aggregation.intake;

/** What applying one event did to a read model. */
public enum Outcome {
    /** The event carried a newer version: the read model now reflects it. */
    APPLIED,
    /** The read model already holds this version or a newer one: nothing changed. */
    STALE,
    /** This very event (same id) was applied before: nothing changed. */
    DUPLICATE
}
