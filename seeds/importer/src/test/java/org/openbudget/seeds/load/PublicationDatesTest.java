package org.openbudget.seeds.load;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.Warnings;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** #14 item 4: which days a published document keeps; history is never published "today". */
class PublicationDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static PublicationDates resolve(int year, String printedApproval, String printedPublication,
                                            String givenApproval, String givenPublication, Warnings w) {
        return PublicationDates.resolve(year, d(printedApproval), d(printedPublication), d(givenApproval),
                d(givenPublication), TODAY, w);
    }

    @Test
    void thePrintedDaysWinOverGivenOnesWithAWarning() {
        Warnings w = new Warnings();
        assertEquals(new PublicationDates(d("2023-01-18"), d("2023-02-03")),
                resolve(2023, "2023-01-18", "2023-02-03", "2023-01-01", "2023-03-01", w));
        assertEquals(2, w.list().size());
        assertTrue(w.list().get(0).message().contains("prints the publication day 2023-02-03: --published-on 2023-03-01 is not used"));
    }

    @Test
    void givenDaysWhereNothingIsPrintedAndTheApprovalDefaultsToThePublicationDay() {
        Warnings w = new Warnings();
        assertEquals(new PublicationDates(d("2022-01-20"), d("2022-02-09")),
                resolve(2022, null, null, "2022-01-20", "2022-02-09", w));
        assertEquals(0, w.list().size());
        assertEquals(new PublicationDates(d("2022-02-09"), d("2022-02-09")), resolve(2022, null, null, null, "2022-02-09", w));
        assertEquals("assumed", w.list().get(0).kind().id());
    }

    @Test
    void aPastYearWithoutAPublicationDayIsRefusedTheCurrentYearIsPublishedNow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolve(2025, null, null, "2025-01-20", null, new Warnings()));
        assertTrue(e.getMessage().startsWith("the 2025 budget is history"), e.getMessage());
        assertEquals(new PublicationDates(null, null), resolve(2026, null, null, null, null, new Warnings()));
        assertThrows(IllegalArgumentException.class, () -> resolve(2026, null, null, null, "2026-12-08", new Warnings()));
        assertThrows(IllegalArgumentException.class, () -> resolve(2022, null, null, "2022-02-10", "2022-02-09", new Warnings()));
    }
}
