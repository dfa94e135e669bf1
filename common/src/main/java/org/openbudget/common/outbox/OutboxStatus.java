package org.openbudget.common.outbox;

import java.time.OffsetDateTime;

/**
 * The relay backlog as an admin, a probe or a gauge sees it, read from the table itself so that every
 * replica (not only the one relaying) reports the same truth.
 *
 * @param pending                 events committed but not yet acknowledged by Kafka
 * @param oldestPendingSince      when the oldest pending event was committed; null when nothing waits
 * @param oldestPendingAgeSeconds how long it has waited; null when nothing waits
 * @param oldestPendingAttempts   failed sends of the oldest pending event
 * @param lastError               why its last send failed
 * @param lastAttemptAt           when its last send failed
 * @param lastSentAt              when an event was last acknowledged and stamped; null when never
 */
public record OutboxStatus(long pending, OffsetDateTime oldestPendingSince, Double oldestPendingAgeSeconds,
                           int oldestPendingAttempts, String lastError, OffsetDateTime lastAttemptAt,
                           OffsetDateTime lastSentAt) {
}
