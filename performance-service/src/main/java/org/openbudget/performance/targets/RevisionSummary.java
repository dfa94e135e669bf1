package org.openbudget.performance.targets;

import java.time.OffsetDateTime;

/** One revision in the history of a department-year ({@code GET …/revisions}). */
public record RevisionSummary(
        int revision,
        boolean adjusted,
        Status status,
        int projects,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        OffsetDateTime publishedAt) {
}
