package org.openbudget.aggregation.admin;

import java.time.OffsetDateTime;

/**
 * Progress of a read-model rebuild: {@code replayed} of {@code target} records so far (the target grows while the
 * topics do), {@code lag} the records the shadow is still behind the topics' ends. {@code phase}: {@code preparing}
 * (the empty shadow schema), {@code replaying} (up to the ends seen at the start), {@code catching-up} (to the new
 * ends, until the lag is small), {@code swapping} (the live intake paused for the last records and the swap),
 * {@code swapped}. A failed rebuild keeps the phase it failed in; the live read model is then as it was.
 */
public record RebuildStatus(String state, String phase, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                            long target, long replayed, long refused, long lag, String error) {

    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public static final String PREPARING = "preparing";
    public static final String REPLAYING = "replaying";
    public static final String CATCHING_UP = "catching-up";
    public static final String SWAPPING = "swapping";
    public static final String SWAPPED = "swapped";

    static RebuildStatus idle() {
        return new RebuildStatus(IDLE, null, null, null, 0, 0, 0, 0, null);
    }

    static RebuildStatus started(OffsetDateTime at) {
        return new RebuildStatus(RUNNING, PREPARING, at, null, 0, 0, 0, 0, null);
    }

    RebuildStatus progress(String phase, long target, long replayed, long refused, long lag) {
        return new RebuildStatus(RUNNING, phase, startedAt, null, target, replayed, refused, lag, null);
    }

    RebuildStatus done(OffsetDateTime at) {
        return new RebuildStatus(DONE, SWAPPED, startedAt, at, target, replayed, refused, 0, null);
    }

    RebuildStatus failed(OffsetDateTime at, String why) {
        return new RebuildStatus(FAILED, phase, startedAt, at, target, replayed, refused, lag, why);
    }
}
