package org.openbudget.aggregation.document.bundle;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** One county bundle being built in the background; its fields change as the worker goes on. */
public final class BundleJob {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    final UUID id = UUID.randomUUID();
    final int year;
    final String region;
    final String scope;
    final OffsetDateTime createdAt = OffsetDateTime.now();
    final AtomicInteger completed = new AtomicInteger();
    volatile int departments;
    volatile State state = State.QUEUED;
    volatile OffsetDateTime finishedAt;
    volatile String error;
    volatile Path file;
    volatile long size;

    BundleJob(int year, String region, String scope) {
        this.year = year;
        this.region = region;
        this.scope = scope;
    }

    public UUID id() {
        return id;
    }

    public State state() {
        return state;
    }

    public String region() {
        return region;
    }

    /** Whether the bundle shows the working versions (scope current): then only the county's draft readers see it. */
    public boolean drafts() {
        return !"published".equals(scope);
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return "documents-" + region + "-" + year + ".zip";
    }

    public BundleStatus status() {
        int total = departments;
        int done = completed.get();
        int percent = state == State.DONE ? 100 : total == 0 ? 0 : Math.min(99, done * 100 / total);
        String base = "/api/v1/documents/jobs/" + id;
        return new BundleStatus(id.toString(), year, region, scope, state.name().toLowerCase(), total, done, percent,
                base, state == State.DONE ? base + "/result" : null, state == State.DONE ? size : null, error,
                createdAt, finishedAt);
    }
}
