package org.openbudget.common.bulk;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.VersionTag;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BulkProblemsTest {

    private static final Map<String, String> PATH = Map.of("dept", "department", "year", "year");

    @Test
    void aPartsFieldsAreNamedFromTheRequestsRootWithTheSinglePutsStatusAndType() {
        ProblemException single = new ProblemException(400, "invalid", "Invalid request", "2 fields",
                List.of(new FieldError("functional.lines[2].code", "unknown code"), new FieldError("dept", "bad code"),
                        new FieldError(VersionTag.IF_MATCH, "malformed"), new FieldError("$", "no body")));
        Problem bulk = BulkProblems.within(single, 3, "budget", PATH).toProblem();
        assertEquals(400, bulk.status());
        assertEquals(single.toProblem().type(), bulk.type());
        assertEquals(List.of("items[3].budget.functional.lines[2].code", "items[3].department", "items[3].ifMatch.budget",
                "items[3].budget"), bulk.errors().stream().map(FieldError::field).toList());
        assertEquals("unknown code", bulk.errors().get(0).message());
    }

    @Test
    void aStaleVersionNamesTheItemsIfMatchAndAFieldlessRefusalThePart() {
        Problem stale = BulkProblems.within(new ProblemException(412, "stale", "Stale", "version 7 is stored", List.of()),
                0, "targets", PATH).toProblem();
        assertEquals(List.of(new FieldError("items[0].ifMatch.targets", "version 7 is stored")), stale.errors());
        Problem conflict = BulkProblems.within(new ProblemException(409, "not-editable", "Not editable", "published",
                null), 2, "procurement", PATH).toProblem();
        assertEquals("items[2].procurement", conflict.errors().get(0).field());
        assertEquals(409, conflict.status());
    }

    @Test
    void aRefusedItemAndTooManyItemsAreNamed() {
        Problem refused = BulkProblems.refused(new ProblemException(403, "forbidden", "Forbidden",
                "may not edit 434", List.of()), 5).toProblem();
        assertEquals(403, refused.status());
        assertEquals("items[5]", refused.errors().get(0).field());
        Problem tooMany = BulkProblems.tooMany(501, 500).toProblem();
        assertEquals(413, tooMany.status());
        assertEquals("items", tooMany.errors().get(0).field());
    }
}
