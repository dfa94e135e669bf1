package org.openbudget.asset.procurement;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkflowTest {

    @Test
    void onlyTheNextStepIsAllowed() {
        assertEquals(PlanStatus.SUBMITTED, Workflow.apply(PlanStatus.DRAFT, Workflow.Transition.SUBMIT));
        assertEquals(PlanStatus.APPROVED, Workflow.apply(PlanStatus.SUBMITTED, Workflow.Transition.APPROVE));
        assertEquals(PlanStatus.PUBLISHED, Workflow.apply(PlanStatus.APPROVED, Workflow.Transition.PUBLISH));
        for (PlanStatus from : PlanStatus.values()) {
            for (Workflow.Transition t : Workflow.Transition.values()) {
                boolean legal = (from == PlanStatus.DRAFT && t == Workflow.Transition.SUBMIT)
                        || (from == PlanStatus.SUBMITTED && t == Workflow.Transition.APPROVE)
                        || (from == PlanStatus.APPROVED && t == Workflow.Transition.PUBLISH);
                if (!legal) {
                    ProblemException e = assertThrows(ProblemException.class, () -> Workflow.apply(from, t), from + " " + t);
                    assertEquals(409, e.status());
                }
            }
        }
    }

    @Test
    void onlyADraftIsEditedAndOnlyAPublishedPlanIsAdjusted() {
        assertDoesNotThrow(() -> Workflow.requireEditable(PlanStatus.DRAFT));
        for (PlanStatus s : new PlanStatus[]{PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED}) {
            assertEquals(409, assertThrows(ProblemException.class, () -> Workflow.requireEditable(s)).status());
        }
        assertDoesNotThrow(() -> Workflow.requireAdjustable(PlanStatus.PUBLISHED));
        assertEquals(409, assertThrows(ProblemException.class, () -> Workflow.requireAdjustable(PlanStatus.APPROVED)).status());
    }
}
