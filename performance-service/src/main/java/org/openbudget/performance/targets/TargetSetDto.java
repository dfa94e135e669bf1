package org.openbudget.performance.targets;

import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.performance.lint.LintReport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A department-year's performance targets as the API returns them and as
 * {@code PerformanceTargetsChanged} carries them: one revision in full, its lint, and — when the
 * current revision is an unpublished adjustment — the last published revision, so that a reader
 * entitled to published data only still has it.
 *
 * @param revision      1 = original, 2+ = adjusted (调整) revisions started after a publication
 * @param adjusted      {@code revision > 1}
 * @param version       the set's change counter: increases with every committed change
 * @param lastPublished the latest published revision when it is not this one; otherwise null
 */
public record TargetSetDto(
        String department,
        int year,
        int revision,
        boolean adjusted,
        WorkflowStatus status,
        long version,
        String overallGoal,
        List<TargetSetPayload.SubGoal> subGoals,
        List<String> safeguards,
        TargetSetPayload.SpecialFunds specialFunds,
        List<ProjectDto> projects,
        LintReport lint,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        OffsetDateTime publishedAt,
        TargetSetDto lastPublished) {
}
