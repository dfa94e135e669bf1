package org.openbudget.aggregation.intake;

import org.openbudget.common.event.CloudEvent;

/** Applies one CloudEvents type to its read model; called inside the intake transaction. */
public interface Projector {

    /** The CloudEvents {@code type}s this projector understands, e.g. {@code …department.changed.v1}. */
    java.util.Set<String> types();

    Outcome apply(CloudEvent event);

    /** Drops this projector's read model (inside the rebuild's transaction), before the topics are replayed. */
    void reset();
}
