package org.openbudget.common.problem;

/** One offending input field: a JSON path such as {@code units[0].nature} and what is wrong with it. */
public record FieldError(String field, String message) {
}
