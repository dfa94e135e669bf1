package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.source.BudgetData;

import java.util.List;

/**
 * The nine tables of 部门预算公开表 in document order, computed from the budget in 元 (rounded to 万元 per
 * cell at the end). The row logic mirrors budget-service's own table builders (org.openbudget.budget.table),
 * written again here because this service reads events, not budget-service's code.
 */
public final class DisclosureTables {

    private DisclosureTables() {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper LEGACY = new com.fasterxml.jackson.databind.ObjectMapper();

    /** TEMPORARY until disclosure-model step B: the model's content read into this copy's own records. */
    public static List<DisclosureTable> of(org.openbudget.disclosure.budget.BudgetContent content) {
        return of(LEGACY.convertValue(content, BudgetData.class));
    }

    public static List<DisclosureTable> of(BudgetData budget) {
        return List.of(
                RevenueExpenditureSummaryTable.build(budget),
                RevenueTable.build(budget),
                ExpenditureTable.build(budget),
                AppropriationSummaryTable.build(budget),
                FundExpenditureTable.generalBudget(budget),
                BasicByEconomicTable.build(budget),
                FundExpenditureTable.governmentFund(budget),
                FundExpenditureTable.stateCapital(budget),
                ThreePublicTable.build(budget));
    }
}
