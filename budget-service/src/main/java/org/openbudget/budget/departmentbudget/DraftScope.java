package org.openbudget.budget.departmentbudget;

import org.openbudget.common.security.Caller;
import org.openbudget.common.security.Roles;

import java.util.Set;

/**
 * Whose drafts a caller reads, for a listing that cannot ask {@code Access.readsDrafts(dept)} row by row: every
 * department's (auditors, {@code *} editors or reviewers), those of some departments (editor's {@code departments}
 * claim) and of some regions (reviewer's {@code regions} claim), or none (anonymous, admins). The same rule as
 * {@code Access.readsDrafts}, written as the sets a query can filter with.
 */
public record DraftScope(boolean all, Set<String> departments, Set<String> regions) {

    public static final DraftScope NONE = new DraftScope(false, Set.of(), Set.of());

    public static DraftScope of(Caller caller) {
        if (caller.anonymous()) {
            return NONE;
        }
        Set<String> departments = caller.has(Roles.EDITOR) ? caller.departments() : Set.of();
        Set<String> regions = caller.has(Roles.REVIEWER) ? caller.regions() : Set.of();
        boolean all = caller.has(Roles.AUDITOR) || departments.contains(Roles.ALL) || regions.contains(Roles.ALL);
        return new DraftScope(all, departments, regions);
    }

    public boolean none() {
        return !all && departments.isEmpty() && regions.isEmpty();
    }
}
