package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.PriorYearFigure;

import java.util.Optional;

/**
 * The prior-year (上年) figures the department entered with its budget, by budget-service's item names
 * (total, basic, project, agencyOperation, threePublic, outbound, vehiclePurchase, vehicleOperation, reception).
 */
final class PriorYear {

    private PriorYear() {
    }

    static Optional<PriorYearFigure> of(BudgetData budget, String item) {
        return budget.priorYear().stream().filter(p -> item.equals(p.item()) && p.amount() != null).findFirst();
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
