package org.openbudget.disclosure.event;

/**
 * One way an event's {@code data} breaks its JSON Schema.
 *
 * @param path    where, as a JSON path from the data's root, e.g. {@code $.budget.revenue.generalBudget}
 * @param message what, e.g. {@code must have a minimum value of 0}
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
