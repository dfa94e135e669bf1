package org.openbudget.seeds.load;

import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;

import java.time.LocalDate;

/**
 * The days a document loaded with {@code --publish} was approved (批复) and published (公开), so that the platform
 * keeps a historical budget's dates and judges its timeliness on them, not on the day it was loaded.
 *
 * <p>Where they come from: the document where it prints them, else {@code --approved-on} / {@code --published-on}.
 * A budget of a past year with no publication day known is refused (nothing is loaded): publishing it "today" would
 * record a 2022 budget as disclosed years late. A budget of the current year or later without a day is published
 * now, as an editor would. An unknown approval day of a dated publication is taken as the publication day (the
 * latest it can have been), with an {@code assumed} warning.
 *
 * @param approvedOn  null: approved today (a live publication)
 * @param publishedOn null: published now; else stated to budget-service, which only the loader's role may do
 */
public record PublicationDates(LocalDate approvedOn, LocalDate publishedOn) {

    public static PublicationDates now() {
        return new PublicationDates(null, null);
    }

    /**
     * @param printedApproval    as printed by the document, or null
     * @param printedPublication as printed by the document, or null
     * @throws IllegalArgumentException for a past year's budget without a publication day, or days out of order
     */
    public static PublicationDates resolve(int year, LocalDate printedApproval, LocalDate printedPublication,
                                           LocalDate givenApproval, LocalDate givenPublication, LocalDate today,
                                           Warnings warnings) {
        differs(printedPublication, givenPublication, "publication", "--published-on", warnings);
        differs(printedApproval, givenApproval, "approval", "--approved-on", warnings);
        LocalDate published = printedPublication != null ? printedPublication : givenPublication;
        LocalDate approved = printedApproval != null ? printedApproval : givenApproval;
        if (published == null) {
            if (year < today.getYear()) {
                throw new IllegalArgumentException("the " + year + " budget is history: it is published only with the day "
                        + "it was published, which the document does not print: give --published-on DATE (and "
                        + "--approved-on DATE); nothing was loaded");
            }
            return new PublicationDates(approved, null);
        }
        if (published.isAfter(today)) {
            throw new IllegalArgumentException("publication day " + published + " is after today");
        }
        if (approved == null) {
            warnings.add(0, WarningKind.ASSUMED, "approval day neither printed nor given: taken as the publication day "
                    + published + " (the latest it can have been)");
            approved = published;
        }
        if (published.isBefore(approved)) {
            throw new IllegalArgumentException("publication day " + published + " is before the approval day " + approved);
        }
        return new PublicationDates(approved, published);
    }

    /** The printed day wins over a given one: the document is the record. */
    private static void differs(LocalDate printed, LocalDate given, String what, String option, Warnings warnings) {
        if (printed != null && given != null && !printed.equals(given)) {
            warnings.add(0, WarningKind.ASSUMED, "the document prints the " + what + " day " + printed + ": " + option + " "
                    + given + " is not used");
        }
    }
}
