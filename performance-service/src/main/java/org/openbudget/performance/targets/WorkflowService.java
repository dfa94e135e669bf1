package org.openbudget.performance.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.performance.lint.LintReport;
import org.openbudget.performance.lint.Severity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** Moves the current revision through the workflow; each transition is a change with its own event. */
@ApplicationScoped
public class WorkflowService {

    private final TargetStore store;

    public WorkflowService(TargetStore store) {
        this.store = store;
    }

    @Transactional
    public TargetSetDto apply(String department, int year, Transition transition) {
        TargetSet set = store.lock(department, year).orElseThrow(() -> TargetService.notFound(department, year));
        TargetRevision r = store.revision(set, set.currentRevision).orElseThrow();
        Status next = transition.from(r.status).orElseThrow(() -> ProblemException.conflict("illegal-transition",
                "cannot " + transition.code() + " " + department + "/" + year + ": revision " + r.revision + " is "
                        + r.status.code() + ", and " + transition.code() + " applies only to "
                        + transition.allowedFrom().stream().map(Status::code).collect(Collectors.joining(" or "))));
        if (transition == Transition.SUBMIT) {
            refuseLintErrors(set, r);
        }
        OffsetDateTime now = TargetStore.now();
        switch (transition) {
            case SUBMIT -> r.submittedAt = now;
            case APPROVE -> r.approvedAt = now;
            case PUBLISH -> r.publishedAt = now;
            case REOPEN -> {
                r.submittedAt = null;
                r.approvedAt = null;
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
                    "cannot submit " + set.department + "/" + set.fiscalYear + ": the lint reports " + lint.errors()
                            + " error(s); see GET …/lint", errors);
        }
    }
}
