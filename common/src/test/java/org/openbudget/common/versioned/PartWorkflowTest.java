package org.openbudget.common.versioned;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Roles;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowRole;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 409 problems every owner answers with: budget-service's slugs, {@code errors} naming {@code status}. */
class PartWorkflowTest {

    private static final String PLAN = "the procurement plan of 434 for 2022";

    @Test
    void anAllowedActionGivesTheNextStatus() {
        assertEquals(WorkflowStatus.SUBMITTED, PartWorkflow.next(WorkflowStatus.DRAFT, WorkflowAction.SUBMIT, PLAN));
        assertEquals(WorkflowStatus.DRAFT, PartWorkflow.next(WorkflowStatus.SUBMITTED, WorkflowAction.RETURN, PLAN));
        assertEquals(WorkflowStatus.DRAFT, PartWorkflow.next(WorkflowStatus.APPROVED, WorkflowAction.ADJUST, PLAN));
    }

    @Test
    void anIllegalTransitionIs409NamingStatusAndTheRule() {
        Problem p = refused(() -> PartWorkflow.next(WorkflowStatus.APPROVED, WorkflowAction.RETURN, PLAN));
        assertEquals(409, p.status());
        assertEquals("urn:openbudget:problem:illegal-transition", p.type());
        assertEquals("Illegal status transition", p.title());
        assertEquals("status", p.errors().get(0).field());
        assertEquals("is approved, return needs submitted", p.errors().get(0).message());
        assertTrue(p.detail().startsWith("cannot return " + PLAN + ": it is approved; return moves submitted → draft; "
                + "an approved version goes back to draft only through an adjustment"), p.detail());
    }

    @Test
    void anAdjustmentOfADraftIs409AdjustmentNotAllowed() {
        Problem p = refused(() -> PartWorkflow.next(WorkflowStatus.DRAFT, WorkflowAction.ADJUST, PLAN));
        assertEquals(409, p.status());
        assertEquals("urn:openbudget:problem:adjustment-not-allowed", p.type());
        assertEquals("is draft, adjust needs approved or published", p.errors().get(0).message());
    }

    @Test
    void contentChangesOnlyInDraft() {
        assertDoesNotThrow(() -> PartWorkflow.requireEditable(WorkflowStatus.DRAFT, PLAN, "PUT"));
        Problem p = refused(() -> PartWorkflow.requireEditable(WorkflowStatus.PUBLISHED, PLAN, "PUT"));
        assertEquals(409, p.status());
        assertEquals("urn:openbudget:problem:budget-not-editable", p.type());
        assertEquals("status", p.errors().get(0).field());
        assertTrue(p.detail().startsWith("PUT refused: " + PLAN + " is published; "), p.detail());
        assertTrue(p.detail().contains("POST …/adjustments"), p.detail());
    }

    @Test
    void theWorkflowsRolesAreThePlatformsRoles() {
        assertEquals(Roles.EDITOR, WorkflowRole.EDITOR.group());
        assertEquals(Roles.REVIEWER, WorkflowRole.REVIEWER.group());
    }

    private static Problem refused(Runnable call) {
        return assertThrows(ProblemException.class, call::run).toProblem();
    }
}
