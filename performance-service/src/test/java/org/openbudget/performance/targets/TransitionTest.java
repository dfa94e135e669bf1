package org.openbudget.performance.targets;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TransitionTest {

    @Test
    void theWorkflowInOrder() {
        assertEquals(Optional.of(Status.SUBMITTED), Transition.SUBMIT.from(Status.DRAFT));
        assertEquals(Optional.of(Status.APPROVED), Transition.APPROVE.from(Status.SUBMITTED));
        assertEquals(Optional.of(Status.PUBLISHED), Transition.PUBLISH.from(Status.APPROVED));
        assertEquals(Optional.of(Status.DRAFT), Transition.REOPEN.from(Status.SUBMITTED));
        assertEquals(Optional.of(Status.DRAFT), Transition.REOPEN.from(Status.APPROVED));
    }

    @Test
    void noJumpsAndNothingAfterPublication() {
        assertEquals(Optional.empty(), Transition.PUBLISH.from(Status.DRAFT));
        assertEquals(Optional.empty(), Transition.APPROVE.from(Status.DRAFT));
        assertEquals(Optional.empty(), Transition.PUBLISH.from(Status.SUBMITTED));
        assertEquals(Optional.empty(), Transition.SUBMIT.from(Status.SUBMITTED));
        for (Transition t : Transition.values()) {
            assertEquals(Optional.empty(), t.from(Status.PUBLISHED), t.name());
        }
        assertEquals(Optional.empty(), Transition.REOPEN.from(Status.DRAFT));
    }

    @Test
    void statusCodes() {
        assertEquals("published", Status.PUBLISHED.code());
        assertEquals(Optional.of(Status.SUBMITTED), Status.of("submitted"));
        assertEquals(Optional.empty(), Status.of("SUBMITTED"));
    }
}
