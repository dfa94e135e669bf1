package org.openbudget.aggregation.document.bundle;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One county bundle as its row in {@code bundle_job} says at the moment it was read (any replica may be building
 * it). {@code runId} and {@code chunks} say which chunks of {@code bundle_zip_chunk} hold the finished zip.
 */
public record BundleJob(UUID id, int year, String region, String scope, State state, int departments, int completed,
                        String error, OffsetDateTime createdAt, OffsetDateTime finishedAt, Long size, UUID runId,
                        Integer chunks) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Whether the bundle shows the working versions (scope current): then only the county's draft readers see it. */
    public boolean drafts() {
        return !"published".equals(scope);
    }

    public String fileName() {
        return "documents-" + region + "-" + year + ".zip";
    }

    public BundleStatus status() {
        int percent = state == State.DONE ? 100 : departments == 0 ? 0 : Math.min(99, completed * 100 / departments);
        String base = "/api/v1/documents/jobs/" + id;
        return new BundleStatus(id.toString(), year, region, scope, state.name().toLowerCase(), departments, completed,
                percent, base, state == State.DONE ? base + "/result" : null, state == State.DONE ? size : null, error,
                createdAt, finishedAt);
    }
}
