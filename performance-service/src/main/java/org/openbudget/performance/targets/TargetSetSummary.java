package org.openbudget.performance.targets;

import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.OffsetDateTime;

/** One line of the listing {@code GET /api/v1/performance}: the current revision of a department-year. */
public record TargetSetSummary(
        String department,
        int year,
        int revision,
        WorkflowStatus status,
        long version,
        int projects,
        int indicators,
        Integer publishedRevision,
        OffsetDateTime updatedAt) {
}
