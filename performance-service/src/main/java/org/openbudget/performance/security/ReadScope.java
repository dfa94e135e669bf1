package org.openbudget.performance.security;

import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;

/**
 * What one caller may read of one department's targets: every revision, drafts included ({@link #drafts()}: its
 * editors, the reviewers of its region, auditors), or only its published revisions (everyone else, the public
 * included).
 */
public final class ReadScope {

    private final String department;
    private final boolean drafts;
    private final Access access;

    ReadScope(String department, boolean drafts, Access access) {
        this.department = department;
        this.drafts = drafts;
        this.access = access;
    }

    /** Whether the caller reads the current revision whatever its status. */
    public boolean drafts() {
        return drafts;
    }

    /**
     * The answer to a caller who may read published revisions only and asked for something that is not published
     * (or does not exist: an outsider must not learn that a draft is there): 401 anonymous, 403 signed in.
     */
    public ProblemException refusal() {
        return access.draftsRefused(department);
    }
}
