package org.openbudget.performance.security;

import java.util.Set;

/**
 * Whose drafts a caller reads in a list of many departments: all of them (auditors, editors or reviewers of
 * {@code *}), those of some departments (its own as editor, those of its regions as reviewer), or none (the
 * public). The other departments show their published revisions only.
 */
public record DraftScope(boolean all, Set<String> departments) {

    public static final DraftScope NONE = new DraftScope(false, Set.of());
    public static final DraftScope ALL = new DraftScope(true, Set.of());

    public DraftScope {
        departments = Set.copyOf(departments);
    }

    public boolean none() {
        return !all && departments.isEmpty();
    }
}
