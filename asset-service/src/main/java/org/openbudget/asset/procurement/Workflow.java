package org.openbudget.asset.procurement;

import org.openbudget.common.problem.ProblemException;

import java.util.List;

/**
 * The status rules of a procurement plan (those of a department budget): only a draft is edited; a draft
 * is submitted, a submitted plan approved, an approved plan published; a published plan is immutable and
 * changes only through a new adjusted revision (调整预算). Anything else is a 409.
 */
public final class Workflow {

    /** A status change asked for by a client. */
    public enum Transition {
        SUBMIT("submit", PlanStatus.DRAFT, PlanStatus.SUBMITTED),
        APPROVE("approve", PlanStatus.SUBMITTED, PlanStatus.APPROVED),
        PUBLISH("publish", PlanStatus.APPROVED, PlanStatus.PUBLISHED);

        private final String verb;
        private final PlanStatus from;
        private final PlanStatus to;

        Transition(String verb, PlanStatus from, PlanStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        public String verb() {
            return verb;
        }
    }

    private Workflow() {
    }

    /** The status after {@code transition}, or a 409 naming the status it needs. */
    public static PlanStatus apply(PlanStatus current, Transition transition) {
        if (current != transition.from) {
            throw new ProblemException(409, "illegal-transition", "Illegal status transition",
                    "cannot " + transition.verb + " a plan that is " + current.label() + "; only a "
                            + transition.from.label() + " plan can be " + transition.to.label(), List.of());
        }
        return transition.to;
    }

    /** Refuses changes to anything but a draft; a published plan points the client at adjustments. */
    public static void requireEditable(PlanStatus current) {
        switch (current) {
            case DRAFT -> {
            }
            case PUBLISHED -> throw ProblemException.conflict("published-immutable",
                    "a published procurement plan cannot be changed; POST …/adjustments to start an adjusted version (调整预算)");
            default -> throw ProblemException.conflict("not-editable",
                    "a " + current.label() + " procurement plan cannot be changed; only a draft can");
        }
    }

    /** An adjusted revision starts from a published one only. */
    public static void requireAdjustable(PlanStatus current) {
        if (current != PlanStatus.PUBLISHED) {
            throw ProblemException.conflict("not-adjustable",
                    "only a published plan can be adjusted; the current revision is " + current.label()
                            + (current == PlanStatus.DRAFT ? " — edit it instead" : ""));
        }
    }
}
