package org.openbudget.performance.targets;

import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.performance.lint.LintFinding;

import java.util.List;

/** {@code GET …/lint}: the lint of the current revision, with what it was computed on. */
public record TargetLintDto(
        String department,
        int year,
        int revision,
        WorkflowStatus status,
        long version,
        int errors,
        int warnings,
        int infos,
        List<LintFinding> findings) {
}
