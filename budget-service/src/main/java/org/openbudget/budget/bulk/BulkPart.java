package org.openbudget.budget.bulk;

/** The parts of a department-year budget-service owns, by their names in a bulk item. */
enum BulkPart {
    PROFILE("profile"),
    BUDGET("budget");

    private final String field;

    BulkPart(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
