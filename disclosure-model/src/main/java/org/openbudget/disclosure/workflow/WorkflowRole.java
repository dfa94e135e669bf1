package org.openbudget.disclosure.workflow;

/**
 * Who takes a workflow action: the role a token must carry in its {@code groups} claim, for the department (editor)
 * or the department's region (reviewer).
 */
public enum WorkflowRole {
    /** 编辑 — the department's editor: enters, submits, publishes and adjusts. */
    EDITOR("editor"),
    /** 审核 — the finance bureau's reviewer of the department's region: returns and approves. */
    REVIEWER("reviewer");

    private final String group;

    WorkflowRole(String group) {
        this.group = group;
    }

    /** The role's name in a token's {@code groups} claim. */
    public String group() {
        return group;
    }
}
