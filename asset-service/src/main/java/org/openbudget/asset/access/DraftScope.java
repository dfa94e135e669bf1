package org.openbudget.asset.access;

import java.util.Set;

/**
 * The departments whose drafts a caller may read, for lists: every department ({@link #ALL}: auditors, county-wide
 * editors and reviewers), a set of them (an editor's departments, the departments of a reviewer's regions), or
 * none (anonymous, admins). A list shows the rest only as far as it is published.
 */
public record DraftScope(boolean all, Set<String> departments) {

    public static final DraftScope ALL = new DraftScope(true, Set.of());
    public static final DraftScope NONE = new DraftScope(false, Set.of());

    public DraftScope {
        departments = Set.copyOf(departments);
    }

    public static DraftScope of(Set<String> departments) {
        return departments.isEmpty() ? NONE : new DraftScope(false, departments);
    }

    /** No department at all: a list of drafts only is empty without asking the database. */
    public boolean none() {
        return !all && departments.isEmpty();
    }

    public boolean covers(String department) {
        return all || departments.contains(department);
    }
}
