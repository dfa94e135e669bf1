package org.openbudget.performance.targets;

import org.openbudget.common.problem.ProblemException;

/** The version a client read, sent back in {@code If-Match} to refuse a concurrent change (412). */
final class Versions {

    private Versions() {
    }

    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the version number of the performance targets, e.g. \"3\"");
        }
    }
}
