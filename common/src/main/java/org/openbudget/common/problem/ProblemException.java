package org.openbudget.common.problem;

import java.util.List;

/**
 * Thrown by domain code to answer with a problem: {@code slug} becomes the problem type
 * ({@code urn:openbudget:problem:<slug>}). Use the factories for the common cases.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "invalid-input", "Invalid input", detail, errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what, List.of());
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, getMessage(), null, errors);
    }

    public int status() {
        return status;
    }
}
