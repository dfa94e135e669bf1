package org.openbudget.budget.bulk;

import java.util.Map;

/** The parts of a department-year budget-service owns, by their names in a bulk item. */
enum BulkPart {
    PROFILE("profile"),
    BUDGET("budget");

    /** The single PUTs' path parameters (the department's {@code code}, the budget's {@code dept}/{@code year}) → the item's fields. */
    static final Map<String, String> PATH_FIELDS = Map.of("dept", "department", "code", "department", "year", "year");

    private final String field;

    BulkPart(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
