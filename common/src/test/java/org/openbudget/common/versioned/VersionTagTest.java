package org.openbudget.common.versioned;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionTagTest {

    @Test
    void theETagIsTheVersionAsAStrongTag() {
        assertEquals("\"7\"", VersionTag.etag(7).toString());
        assertEquals(false, VersionTag.etag(7).isWeak());
    }

    @Test
    void ifMatchTakesTheVersionQuotedWeakOrBare() {
        assertEquals(7L, VersionTag.expected("\"7\""));
        assertEquals(7L, VersionTag.expected("W/\"7\""));
        assertEquals(7L, VersionTag.expected(" 7 "));
        assertNull(VersionTag.expected(null));
        assertNull(VersionTag.expected("  "));
    }

    @Test
    void aMalformedIfMatchIsA400NamingTheHeader() {
        for (String bad : new String[]{"abc", "*", "\"1\", \"2\"", "1.5"}) {
            Problem p = assertThrows(ProblemException.class, () -> VersionTag.expected(bad), bad).toProblem();
            assertEquals(400, p.status());
            assertEquals("urn:openbudget:problem:invalid-input", p.type());
            assertEquals("If-Match", p.errors().get(0).field());
        }
    }

    @Test
    void aStaleVersionIs412VersionMismatch() {
        assertDoesNotThrow(() -> VersionTag.check(null, 5, "the plan"));
        assertDoesNotThrow(() -> VersionTag.check(5L, 5, "the plan"));
        Problem p = assertThrows(ProblemException.class, () -> VersionTag.check(4L, 5, "the plan")).toProblem();
        assertEquals(412, p.status());
        assertEquals("urn:openbudget:problem:version-mismatch", p.type());
        assertEquals("the plan is at version 5, not 4", p.detail());
    }

    @Test
    void whereIfMatchIsRequiredItsAbsenceIs428() {
        assertEquals(3L, VersionTag.required("\"3\"", "the plan"));
        Problem p = assertThrows(ProblemException.class, () -> VersionTag.required(null, "the plan")).toProblem();
        assertEquals(428, p.status());
        assertEquals("urn:openbudget:problem:precondition-required", p.type());
        assertEquals("If-Match", p.errors().get(0).field());
    }
}
