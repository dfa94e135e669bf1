package org.openbudget.common.security;

import java.util.HashSet;
import java.util.Set;

/**
 * Whose drafts a caller reads, for a listing that cannot ask {@link Access#readsDrafts} row by row: every
 * department's ({@link #all}: auditors, {@code *} editors or reviewers), those of some departments (an editor's
 * {@code departments} claim) and of some regions (a reviewer's {@code regions} claim), or none (anonymous, admins).
 * The same rule as {@link Access#readsDrafts}, written as the sets a query can filter with; the rest of a list
 * shows its published revisions only.
 */
public record DraftScope(boolean all, Set<String> departments, Set<String> regions) {

    public static final DraftScope NONE = new DraftScope(false, Set.of(), Set.of());

    public DraftScope {
        departments = Set.copyOf(departments);
        regions = Set.copyOf(regions);
    }

    public static DraftScope of(Caller caller) {
        if (caller.anonymous()) {
            return NONE;
        }
        Set<String> departments = caller.has(Roles.EDITOR) ? caller.departments() : Set.of();
        Set<String> regions = caller.has(Roles.REVIEWER) ? caller.regions() : Set.of();
        boolean all = caller.has(Roles.AUDITOR) || departments.contains(Roles.ALL) || regions.contains(Roles.ALL);
        return all ? new DraftScope(true, Set.of(), Set.of()) : new DraftScope(false, departments, regions);
    }

    /** No department at all: a list of drafts only is empty without asking the database. */
    public boolean none() {
        return !all && departments.isEmpty() && regions.isEmpty();
    }

    /**
     * The regions turned into their departments, for a service whose tables know departments but not regions
     * (the reviewer's departments as the directory knows them now).
     */
    public DraftScope byDepartment(DepartmentRegions directory) {
        if (all || regions.isEmpty()) {
            return this;
        }
        Set<String> inRegions = new HashSet<>(departments);
        inRegions.addAll(directory.departmentsIn(regions));
        return new DraftScope(false, inRegions, Set.of());
    }
}
