package org.openbudget.disclosure.workflow;

import java.util.EnumSet;
import java.util.Set;

import static org.openbudget.disclosure.workflow.WorkflowStatus.APPROVED;
import static org.openbudget.disclosure.workflow.WorkflowStatus.DRAFT;
import static org.openbudget.disclosure.workflow.WorkflowStatus.PUBLISHED;
import static org.openbudget.disclosure.workflow.WorkflowStatus.SUBMITTED;

/**
 * What a client asks for with {@code POST …/{path}}: the statuses it applies to, the status it leads to and who
 * takes it. The table is the whole rule set ({@link WorkflowRules}).
 */
public enum WorkflowAction {
    /** 报送 — the department sends its draft to the finance bureau. */
    SUBMIT("submit", "submit", WorkflowRole.EDITOR, EnumSet.of(DRAFT), SUBMITTED),
    /** 退回 — the finance bureau sends a submitted version back for changes. */
    RETURN("return", "return", WorkflowRole.REVIEWER, EnumSet.of(SUBMITTED), DRAFT),
    /** 批复 — the finance bureau approves; the approval date starts the 20-day disclosure clock. */
    APPROVE("approve", "approve", WorkflowRole.REVIEWER, EnumSet.of(SUBMITTED), APPROVED),
    /** 公开 — the department publishes what was approved; from now on that version is immutable. */
    PUBLISH("publish", "publish", WorkflowRole.EDITOR, EnumSet.of(APPROVED), PUBLISHED),
    /**
     * 调整 — a new version in draft, copied from (or replacing) an approved or published one, which stays as it is:
     * the only way an approved or published part changes.
     */
    ADJUST("adjust", "adjustments", WorkflowRole.EDITOR, EnumSet.of(APPROVED, PUBLISHED), DRAFT);

    private final String verb;
    private final String path;
    private final WorkflowRole role;
    private final Set<WorkflowStatus> from;
    private final WorkflowStatus to;

    WorkflowAction(String verb, String path, WorkflowRole role, Set<WorkflowStatus> from, WorkflowStatus to) {
        this.verb = verb;
        this.path = path;
        this.role = role;
        this.from = from;
        this.to = to;
    }

    /** The word for it in messages: {@code submit}, {@code return} … {@code adjust}. */
    public String verb() {
        return verb;
    }

    /** The last path segment of its endpoint: {@code POST …/submit} … {@code POST …/adjustments}. */
    public String path() {
        return path;
    }

    public WorkflowRole role() {
        return role;
    }

    /** The statuses the current version may have for this action. */
    public Set<WorkflowStatus> from() {
        return EnumSet.copyOf(from);
    }

    /** The status after it: of the same version, or of the new one for {@link #ADJUST}. */
    public WorkflowStatus to() {
        return to;
    }

    /** True only for {@link #ADJUST}: the action starts a new version instead of moving the current one. */
    public boolean startsNewVersion() {
        return this == ADJUST;
    }
}
