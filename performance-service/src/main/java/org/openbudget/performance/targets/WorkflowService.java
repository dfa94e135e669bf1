package org.openbudget.performance.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.performance.lint.LintReport;
import org.openbudget.performance.lint.Severity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Moves the current revision through the workflow of every versioned part (disclosure-model
 * {@code org.openbudget.disclosure.workflow}); each action is a change with its own event. An adjustment (调整)
 * starts revision n+1 in draft as a copy of the approved or published revision n, which stays as it is.
 */
@ApplicationScoped
public class WorkflowService {

    private final TargetStore store;
    private final TargetMapper mapper;

    public WorkflowService(TargetStore store, TargetMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Transactional
    public TargetSetDto apply(String department, int year, WorkflowAction action, Long expectedVersion) {
        TargetSet set = store.lock(department, year).orElseThrow(() -> TargetService.notFound(department, year));
        String subject = TargetService.subject(department, year);
        VersionTag.check(expectedVersion, set.version, subject);
        TargetRevision r = store.revision(set, set.currentRevision).orElseThrow();
        WorkflowStatus next = PartWorkflow.next(r.status, action, subject);
        OffsetDateTime now = TargetStore.now();
        switch (action) {
            case SUBMIT -> {
                refuseLintErrors(set, r);
                r.submittedAt = now;
            }
            case RETURN -> r.submittedAt = null;
            case APPROVE -> r.approvedAt = now;
            case PUBLISH -> r.publishedAt = now;
            case ADJUST -> {
                return store.commit(set, store.newRevision(set, r.revision + 1, mapper.toContent(r)));
            }
        }
        r.status = next;
        return store.commit(set, r);
    }

    /** The finance bureau should not receive targets whose framework or required parts are wrong. */
    private void refuseLintErrors(TargetSet set, TargetRevision r) {
        LintReport lint = store.lint(r);
        if (lint.errors() > 0) {
            List<FieldError> errors = lint.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .map(f -> new FieldError(f.field(), f.rule() + ": " + f.message()))
                    .toList();
            throw new ProblemException(409, "lint-errors", "Conflict",
                    "cannot submit " + set.department + "/" + set.year + ": the lint reports " + lint.errors()
                            + " error(s); see GET …/lint", errors);
        }
    }
}
