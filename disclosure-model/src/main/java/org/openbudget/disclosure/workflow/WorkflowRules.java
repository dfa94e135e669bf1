package org.openbudget.disclosure.workflow;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule set of every versioned part (the table is in the package documentation): the next status of an action,
 * and why a request is refused. Pure; the owners turn a {@link Refusal} into a 409 problem.
 */
public final class WorkflowRules {

    private static final String ADJUST_HINT = "POST …/adjustments starts a new draft version (调整)";

    private WorkflowRules() {
    }

    /** The status after {@code action}; throws for an action that {@link #refusal} refuses. */
    public static WorkflowStatus next(WorkflowStatus current, WorkflowAction action) {
        refusal(current, action).ifPresent(r -> {
            throw new IllegalStateException(r.reason());
        });
        return action.to();
    }

    /** Why {@code action} is not allowed on a version in {@code current}; empty when it is. */
    public static Optional<Refusal> refusal(WorkflowStatus current, WorkflowAction action) {
        if (action.from().contains(current)) {
            return Optional.empty();
        }
        if (action == WorkflowAction.ADJUST) {
            String reason = current == WorkflowStatus.DRAFT
                    ? "a draft is changed directly; only an approved or published version is adjusted"
                    : "a submitted version is returned (POST …/return) to be changed; only an approved or published "
                            + "version is adjusted";
            return Optional.of(new Refusal(Refusal.Kind.ADJUSTMENT_NOT_ALLOWED, current, action, reason));
        }
        String reason = action.verb() + " moves " + from(action) + " → " + action.to().wireName();
        if (action == WorkflowAction.RETURN && current == WorkflowStatus.APPROVED) {
            reason += "; an approved version goes back to draft only through an adjustment: " + ADJUST_HINT;
        } else if (action == WorkflowAction.RETURN && current == WorkflowStatus.PUBLISHED) {
            reason += "; a published version never changes: " + ADJUST_HINT;
        }
        return Optional.of(new Refusal(Refusal.Kind.ILLEGAL_TRANSITION, current, action, reason));
    }

    /** Why the content of a version in {@code current} may not change; empty for a draft. */
    public static Optional<Refusal> editRefusal(WorkflowStatus current) {
        String reason = switch (current) {
            case DRAFT -> null;
            case SUBMITTED -> "a submitted version is frozen; POST …/return (the reviewer) sends it back to draft";
            case APPROVED -> "an approved version is frozen; " + ADJUST_HINT;
            case PUBLISHED -> "a published version is immutable; " + ADJUST_HINT;
        };
        return Optional.ofNullable(reason).map(r -> new Refusal(Refusal.Kind.NOT_EDITABLE, current, null, r));
    }

    private static String from(WorkflowAction action) {
        return action.from().stream().map(WorkflowStatus::wireName).collect(Collectors.joining(" or "));
    }
}
