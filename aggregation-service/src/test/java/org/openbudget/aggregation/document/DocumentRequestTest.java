package org.openbudget.aggregation.document;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentRequestTest {

    @Test
    void readsDepartmentYearFormatAndScope() {
        DocumentRequest r = DocumentRequest.parse("434", "2022.pdf", null);
        assertEquals(new DocumentRequest("434", 2022, DocumentFormat.PDF, DocumentScope.PUBLISHED), r);
        assertEquals("434-2022.pdf", r.fileName());
        assertEquals(DocumentScope.CURRENT, DocumentRequest.parse("434", "2022.xlsx", "current").scope());
    }

    @Test
    void namesEveryBadPart() {
        ProblemException e = assertThrows(ProblemException.class, () -> DocumentRequest.parse("4 3", "22.doc", "draft"));
        assertEquals(400, e.status());
        String fields = e.toProblem().errors().toString();
        assertTrue(fields.contains("dept") && fields.contains("year") && fields.contains("format") && fields.contains("scope"), fields);
        assertThrows(ProblemException.class, () -> DocumentRequest.parse("434", "1999.html", null));
        assertThrows(ProblemException.class, () -> DocumentRequest.parse("434", "2022", null));
    }
}
