package org.openbudget.common.outbox;

import java.time.OffsetDateTime;

/** The relay backlog as an admin or a probe sees it. */
public record OutboxStatus(long pending, OffsetDateTime oldestPendingSince, String lastError) {
}
