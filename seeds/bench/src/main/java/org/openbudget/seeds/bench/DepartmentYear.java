package org.openbudget.seeds.bench;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.load.api.PlanBody;

/**
 * One generated department and its tables for one year, for the three owner services: the budget
 * (budget-service), the performance targets (performance-service), the fixed-asset holdings at the end of the
 * previous year and the procurement plan (asset-service).
 */
public record DepartmentYear(String code, String regionCode, DepartmentBody department, int year, BudgetContent budget,
                             PerformanceBody performance, HoldingBody holdings, PlanBody procurement) {

    /** Holdings are reported as of the last day of the year before the budget year, like the seed (2021-12-31 for 2022). */
    public String holdingsAsOf() {
        return (year - 1) + "-12-31";
    }

    /** Functional plus economic lines of the budget. */
    public int budgetRows() {
        return budget.functional().lines().size() + budget.economic().lines().size();
    }

    /** Every row the five tables carry: budget lines, target indicators, holding rows, procurement items. */
    public int rows() {
        int indicators = performance.projects().stream().mapToInt(p -> p.indicators().size()).sum();
        int holdingRows = (holdings.vehicles() == null ? 0 : 1) + (holdings.otherFixedAssets() == null ? 0 : 1);
        return budgetRows() + indicators + holdingRows + procurement.items().size();
    }
}
