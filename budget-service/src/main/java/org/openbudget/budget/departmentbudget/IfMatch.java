package org.openbudget.budget.departmentbudget;

import org.openbudget.common.problem.ProblemException;

/** Reads the version a client expects from {@code If-Match: "7"} (weak tags accepted). */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the version number of the budget, e.g. \"3\"");
        }
    }
}
