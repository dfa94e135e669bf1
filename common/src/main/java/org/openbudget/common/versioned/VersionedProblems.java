package org.openbudget.common.versioned;

import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.workflow.Refusal;

import java.util.List;

/**
 * The problem types of a versioned part, the same in every service ({@code urn:openbudget:problem:<slug>}). The
 * slugs are budget-service's, the first owner's: clients of the three owners match one set.
 */
public final class VersionedProblems {

    /** 409: a workflow action the current status does not allow. */
    public static final String ILLEGAL_TRANSITION = "illegal-transition";
    /** 409: a change of content outside draft. */
    public static final String NOT_EDITABLE = "budget-not-editable";
    /** 409: an adjustment of a version that is neither approved nor published. */
    public static final String ADJUSTMENT_NOT_ALLOWED = "adjustment-not-allowed";
    /** 412: If-Match names another version than the stored one. */
    public static final String VERSION_MISMATCH = "version-mismatch";
    /** 428: an operation that requires If-Match was sent without it. */
    public static final String IF_MATCH_REQUIRED = "precondition-required";

    private VersionedProblems() {
    }

    /**
     * The 409 for a refusal of the workflow; {@code subject} names the part ("the procurement plan of 434 for 2022"),
     * {@code what} the refused change of content (PUT, line edit; null for an action). {@code errors} names
     * {@code status}.
     */
    public static ProblemException refused(Refusal refusal, String subject, String what) {
        String status = refusal.status().wireName();
        return switch (refusal.kind()) {
            case ILLEGAL_TRANSITION -> new ProblemException(409, ILLEGAL_TRANSITION, "Illegal status transition",
                    "cannot " + refusal.action().verb() + " " + subject + ": it is " + status + "; " + refusal.reason(),
                    List.of(new FieldError("status", "is " + status + ", " + refusal.action().verb() + " needs "
                            + needs(refusal))));
            case ADJUSTMENT_NOT_ALLOWED -> new ProblemException(409, ADJUSTMENT_NOT_ALLOWED, "Adjustment not allowed",
                    "cannot adjust " + subject + ": it is " + status + "; " + refusal.reason(),
                    List.of(new FieldError("status", "is " + status + ", adjust needs " + needs(refusal))));
            case NOT_EDITABLE -> new ProblemException(409, NOT_EDITABLE, "Not editable",
                    (what == null ? "the change" : what) + " refused: " + subject + " is " + status + "; "
                            + refusal.reason(),
                    List.of(new FieldError("status", "is " + status + ", content can change only in draft")));
        };
    }

    public static ProblemException versionMismatch(String subject, long current, long expected) {
        return new ProblemException(412, VERSION_MISMATCH, "Precondition failed",
                subject + " is at version " + current + ", not " + expected, List.of());
    }

    public static ProblemException ifMatchRequired(String subject) {
        return new ProblemException(428, IF_MATCH_REQUIRED, "Precondition required",
                "send If-Match with the version of " + subject + " you read (its ETag), e.g. \"3\"",
                List.of(new FieldError(VersionTag.IF_MATCH, "is required")));
    }

    private static String needs(Refusal refusal) {
        return String.join(" or ", refusal.action().from().stream().map(s -> s.wireName()).toList());
    }
}
