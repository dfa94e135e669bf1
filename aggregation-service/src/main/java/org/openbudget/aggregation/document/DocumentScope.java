package org.openbudget.aggregation.document;

import org.openbudget.common.problem.ProblemException;

/** Which version of each owner's data a document shows. */
public enum DocumentScope {
    /** The latest published versions: what anonymous readers may see (docs/DESIGN.md §9); the default. */
    PUBLISHED,
    /** The latest versions whatever their status: what the department and the finance bureau work on. */
    CURRENT;

    public String wire() {
        return name().toLowerCase();
    }

    public static DocumentScope parse(String value) {
        if (value == null || value.isBlank() || value.equals("published")) {
            return PUBLISHED;
        }
        if (value.equals("current")) {
            return CURRENT;
        }
        throw ProblemException.invalid("scope", "must be published or current");
    }
}
