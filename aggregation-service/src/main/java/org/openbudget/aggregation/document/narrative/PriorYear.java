package org.openbudget.aggregation.document.narrative;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;

import java.util.Optional;

/** The prior-year (上年) figures the department entered with its budget. */
final class PriorYear {

    private PriorYear() {
    }

    static Optional<PriorYearFigure> of(BudgetContent budget, PriorYearItem item) {
        return budget.priorYear().stream().filter(p -> p.item() == item && p.amount() != null).findFirst();
    }

    /** ",reason" or nothing — the department's own words, appended after the computed change. */
    static String reason(PriorYearFigure figure) {
        String reason = figure.reason();
        if (reason == null || reason.isBlank()) {
            return "";
        }
        reason = reason.strip();
        while (reason.endsWith("。") || reason.endsWith("；") || reason.endsWith("，")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return "，" + reason;
    }
}
