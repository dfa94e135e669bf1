package org.openbudget.aggregation.intake;

import org.openbudget.aggregation.event.ConsumedEvent;
import org.openbudget.aggregation.event.EventData;
import org.openbudget.common.event.CloudEvent;

/** A record that keeps the contract: its envelope, its type and its data bound to the type's record. */
public record Received(CloudEvent envelope, ConsumedEvent type, EventData data) {
}
