package org.openbudget.performance.targets;

import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.OffsetDateTime;

/** One revision in the history of a department-year ({@code GET …/revisions}). */
public record RevisionSummary(
        int revision,
        boolean adjusted,
        WorkflowStatus status,
        int projects,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        OffsetDateTime publishedAt) {
}
