package org.openbudget.disclosure.workflow;

/**
 * Why the workflow refuses a request, in words a client can act on: {@code reason} names the rule and, where there
 * is one, the action that gets there ("POST …/adjustments starts a new draft version").
 *
 * @param kind   which rule refused it (each has its own problem type on the HTTP side)
 * @param status the status of the current version
 * @param action the action asked for; null for a change of content
 */
public record Refusal(Kind kind, WorkflowStatus status, WorkflowAction action, String reason) {

    public enum Kind {
        /** A status action the current status does not allow. */
        ILLEGAL_TRANSITION,
        /** A change of content outside draft. */
        NOT_EDITABLE,
        /** An adjustment of a version that is neither approved nor published. */
        ADJUSTMENT_NOT_ALLOWED
    }
}
