package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeHealerTest {

    private final Warnings warnings = new Warnings();

    @Test
    void aCodeSplitByTheExportIsJoinedWithAWarningNamingItsLine() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.FUNCTIONAL);
        assertEquals(new CodeHealer.Reading("21103", null), h.fromCell(125, "21103"));
        assertEquals(new CodeHealer.Reading("2110301", "211030 1"), h.fromCell(136, "211030 1"));
        Warning w = warnings.list().get(0);
        assertEquals(136, w.line());
        assertEquals(WarningKind.HEALED, w.kind());
        assertTrue(w.message().contains("\"211030 1\" read as 2110301"), w.message());
    }

    @Test
    void aJoinedCodeOfAWrongLengthIsSkippedNotGuessed() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.FUNCTIONAL);
        assertNull(h.fromCell(7, "2110 30"));
        assertNull(h.fromCell(8, "21A03"));
        assertEquals(List.of(7, 8), warnings.list().stream().map(Warning::line).toList());
        assertTrue(warnings.list().stream().allMatch(w -> w.kind() == WarningKind.SKIPPED));
    }

    @Test
    void economicCodesHaveAtMostFiveDigits() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.ECONOMIC);
        assertEquals("30217", h.fromCell(1, "30217").code());
        assertNull(h.fromCell(2, "3021701"));
        assertEquals(WarningKind.SKIPPED, warnings.list().get(0).kind());
    }

    @Test
    void aLostLeadingZeroInA款ColumnIsRestored() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.ECONOMIC);
        assertEquals(new CodeHealer.Reading("30102", "301 2"), h.fromColumns(40, List.of("301", "2")));
        assertEquals(40, warnings.list().get(0).line());
        assertTrue(warnings.list().get(0).message().contains("lost leading zero"));
    }

    @Test
    void aGarbled类ColumnTakesThe类OfThe款AboveWhenThe款Agrees() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.FUNCTIONAL);
        h.fromColumns(172, List.of("210"));
        h.fromColumns(174, List.of("210", "11"));
        assertEquals(new CodeHealer.Reading("2101102", "7 11 02"), h.fromColumns(176, List.of("7", "11", "02")));
        Warning w = warnings.list().get(0);
        assertEquals(176, w.line());
        assertTrue(w.message().contains("read as 210") && w.message().contains("line 174"), w.message());
    }

    @Test
    void aGarbled类ColumnWithoutAFitting款AboveIsSkipped() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.FUNCTIONAL);
        h.fromColumns(1, List.of("208", "05"));
        assertNull(h.fromColumns(2, List.of("7", "11", "02")));
        assertEquals(WarningKind.SKIPPED, warnings.list().get(0).kind());
        assertEquals(2, warnings.list().get(0).line());
    }

    @Test
    void separateColumnsJoinWithoutWarning() {
        CodeHealer h = new CodeHealer(warnings, CodeHealer.Scheme.FUNCTIONAL);
        assertEquals(new CodeHealer.Reading("2080502", null), h.fromColumns(3, List.of("208", "05", "02")));
        assertTrue(warnings.list().isEmpty());
    }
}
