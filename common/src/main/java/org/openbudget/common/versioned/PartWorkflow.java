package org.openbudget.common.versioned;

import org.openbudget.common.security.Access;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowRules;
import org.openbudget.disclosure.workflow.WorkflowStatus;

/**
 * The workflow rules of {@code disclosure-model} as an owner service applies them: who may take an action (401/403,
 * checked first, before any state is read), the next status or a 409, whether content may change.
 */
public final class PartWorkflow {

    private PartWorkflow() {
    }

    /** The department's editor for submit, publish and adjust; a reviewer of its region for return and approve. */
    public static void authorize(Access access, String department, WorkflowAction action) {
        switch (action.role()) {
            case EDITOR -> access.edit(department);
            case REVIEWER -> access.review(department);
        }
    }

    /**
     * The status after {@code action} (for {@link WorkflowAction#ADJUST}: the new version's), or the 409 that names
     * the rule: {@code illegal-transition}, {@code adjustment-not-allowed}. {@code subject} names the part in the
     * problem's detail.
     */
    public static WorkflowStatus next(WorkflowStatus current, WorkflowAction action, String subject) {
        WorkflowRules.refusal(current, action).ifPresent(r -> {
            throw VersionedProblems.refused(r, subject, null);
        });
        return action.to();
    }

    /** Content changes only in draft: otherwise the 409 {@code budget-not-editable}, naming the way to change it. */
    public static void requireEditable(WorkflowStatus current, String subject, String what) {
        WorkflowRules.editRefusal(current).ifPresent(r -> {
            throw VersionedProblems.refused(r, subject, what);
        });
    }
}
