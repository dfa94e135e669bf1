package org.openbudget.common.security;

/**
 * The platform's four roles, as a token lists them in its {@code groups} claim. What each may do is decided per
 * operation by {@link Access}; the roles alone never open a department: an editor or a reviewer also needs the
 * department ({@code departments} claim) or its region ({@code regions} claim).
 */
public final class Roles {

    /** 编辑 — writes, submits and publishes the parts of the departments in its {@code departments} claim. */
    public static final String EDITOR = "editor";
    /** 审核 — reads drafts of, approves and returns the departments of the regions in its {@code regions} claim. */
    public static final String REVIEWER = "reviewer";
    /** 审计 — reads everything, drafts included; writes nothing. */
    public static final String AUDITOR = "auditor";
    /** 管理员 — catalogs, departments, rebuild, dead letters, outbox; reads no draft by this role alone. */
    public static final String ADMIN = "admin";

    /** A {@code departments} or {@code regions} claim entry that stands for all of them (a county-wide system client). */
    public static final String ALL = "*";

    private Roles() {
    }
}
