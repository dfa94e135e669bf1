package org.openbudget.disclosure.workflow;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule set as a table written by hand (the and docs/DESIGN.md §6's): every status × every action, each cell
 * either the status it leads to or the kind of refusal.
 */
class WorkflowRulesTest {

    /** from, action, outcome: a wire status, or "illegal" / "no-adjustment". */
    private static final String[][] TABLE = {
            {"draft", "submit", "submitted"},
            {"draft", "return", "illegal"},
            {"draft", "approve", "illegal"},
            {"draft", "publish", "illegal"},
            {"draft", "adjust", "no-adjustment"},
            {"submitted", "submit", "illegal"},
            {"submitted", "return", "draft"},
            {"submitted", "approve", "approved"},
            {"submitted", "publish", "illegal"},
            {"submitted", "adjust", "no-adjustment"},
            {"approved", "submit", "illegal"},
            {"approved", "return", "illegal"},
            {"approved", "approve", "illegal"},
            {"approved", "publish", "published"},
            {"approved", "adjust", "draft"},
            {"published", "submit", "illegal"},
            {"published", "return", "illegal"},
            {"published", "approve", "illegal"},
            {"published", "publish", "illegal"},
            {"published", "adjust", "draft"},
    };

    @Test
    void everyStatusTimesEveryAction() {
        assertEquals(WorkflowStatus.values().length * WorkflowAction.values().length, TABLE.length);
        List<String> wrong = new ArrayList<>();
        for (String[] row : TABLE) {
            WorkflowStatus from = WorkflowStatus.ofWireName(row[0]).orElseThrow();
            WorkflowAction action = action(row[1]);
            Optional<Refusal> refusal = WorkflowRules.refusal(from, action);
            String outcome = refusal.map(r -> switch (r.kind()) {
                case ILLEGAL_TRANSITION -> "illegal";
                case ADJUSTMENT_NOT_ALLOWED -> "no-adjustment";
                case NOT_EDITABLE -> "not-editable";
            }).orElseGet(() -> WorkflowRules.next(from, action).wireName());
            if (!outcome.equals(row[2])) {
                wrong.add(row[0] + " " + row[1] + ": " + outcome + ", expected " + row[2]);
            }
            refusal.ifPresent(r -> {
                assertEquals(from, r.status());
                assertEquals(action, r.action());
                assertThrows(IllegalStateException.class, () -> WorkflowRules.next(from, action));
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void editorsSubmitPublishAndAdjustReviewersReturnAndApprove() {
        Map<WorkflowAction, WorkflowRole> who = Map.of(
                WorkflowAction.SUBMIT, WorkflowRole.EDITOR,
                WorkflowAction.RETURN, WorkflowRole.REVIEWER,
                WorkflowAction.APPROVE, WorkflowRole.REVIEWER,
                WorkflowAction.PUBLISH, WorkflowRole.EDITOR,
                WorkflowAction.ADJUST, WorkflowRole.EDITOR);
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(who.get(action), action.role(), action.name());
        }
        assertEquals("editor", WorkflowRole.EDITOR.group());
        assertEquals("reviewer", WorkflowRole.REVIEWER.group());
    }

    @Test
    void onlyADraftChangesItsContent() {
        assertEquals(Optional.empty(), WorkflowRules.editRefusal(WorkflowStatus.DRAFT));
        for (WorkflowStatus s : List.of(WorkflowStatus.SUBMITTED, WorkflowStatus.APPROVED, WorkflowStatus.PUBLISHED)) {
            Refusal r = WorkflowRules.editRefusal(s).orElseThrow();
            assertEquals(Refusal.Kind.NOT_EDITABLE, r.kind());
            assertEquals(s, r.status());
        }
        assertTrue(WorkflowRules.editRefusal(WorkflowStatus.SUBMITTED).orElseThrow().reason().contains("POST …/return"));
        assertTrue(WorkflowRules.editRefusal(WorkflowStatus.APPROVED).orElseThrow().reason().contains("POST …/adjustments"));
        assertTrue(WorkflowRules.editRefusal(WorkflowStatus.PUBLISHED).orElseThrow().reason().contains("POST …/adjustments"));
    }

    @Test
    void theWayBackFromApprovedIsNamed() {
        assertEquals("return moves submitted → draft; an approved version goes back to draft only through an adjustment: "
                        + "POST …/adjustments starts a new draft version (调整)",
                WorkflowRules.refusal(WorkflowStatus.APPROVED, WorkflowAction.RETURN).orElseThrow().reason());
        assertEquals("publish moves approved → published",
                WorkflowRules.refusal(WorkflowStatus.DRAFT, WorkflowAction.PUBLISH).orElseThrow().reason());
        assertTrue(WorkflowAction.ADJUST.startsNewVersion());
        assertEquals("adjustments", WorkflowAction.ADJUST.path());
        assertEquals("return", WorkflowAction.RETURN.path());
    }

    @Test
    void wireNames() {
        assertEquals(List.of("draft", "submitted", "approved", "published"),
                java.util.Arrays.stream(WorkflowStatus.values()).map(WorkflowStatus::wireName).toList());
        assertEquals(Optional.of(WorkflowStatus.SUBMITTED), WorkflowStatus.ofWireName("submitted"));
        assertEquals(Optional.empty(), WorkflowStatus.ofWireName("SUBMITTED"));
        assertEquals(Optional.empty(), WorkflowStatus.ofWireName(null));
    }

    private static WorkflowAction action(String verb) {
        for (WorkflowAction a : WorkflowAction.values()) {
            if (a.verb().equals(verb)) {
                return a;
            }
        }
        throw new IllegalArgumentException(verb);
    }
}
