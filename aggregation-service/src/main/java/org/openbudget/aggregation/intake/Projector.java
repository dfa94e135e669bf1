package org.openbudget.aggregation.intake;

import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.event.EventData;
import org.openbudget.common.event.CloudEvent;

import java.util.Set;

/** Applies the consumed event types it names to its read model; called inside the intake transaction. */
public interface Projector {

    Set<ConsumedEvent> types();

    /**
     * Checks what can be checked without the read model (key against subject, a positive version) and names the
     * aggregate the event changes; throws {@link org.openbudget.common.event.EventContractException} for a breach,
     * so that a batch refuses that record alone before it opens its transaction.
     */
    Target target(CloudEvent envelope, EventData data);

    /** {@code data} is the event's data bound to {@link ConsumedEvent#data()} of its type. */
    Outcome apply(CloudEvent envelope, EventData data);
}
