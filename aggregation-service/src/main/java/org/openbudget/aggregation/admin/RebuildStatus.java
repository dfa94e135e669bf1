package org.openbudget.aggregation.admin;

import java.time.OffsetDateTime;

/** Progress of a read-model rebuild: {@code replayed} of {@code target} records so far. */
public record RebuildStatus(String state, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                            long target, long replayed, long refused, String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    static RebuildStatus idle() {
        return new RebuildStatus(IDLE, null, null, 0, 0, 0, null);
    }
}
