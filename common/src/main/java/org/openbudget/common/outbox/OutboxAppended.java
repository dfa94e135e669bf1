package org.openbudget.common.outbox;

/** Fired in the appending transaction; observed after commit to wake the relay. */
public record OutboxAppended(String topic, String key) {
}
