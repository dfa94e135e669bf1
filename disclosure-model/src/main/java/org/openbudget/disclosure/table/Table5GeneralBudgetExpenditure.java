package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.Fund;

/** Table 5, 部门预算一般公共预算财政拨款支出表 — see {@link FundExpenditureTable}. */
public class Table5GeneralBudgetExpenditure extends FundExpenditureTable {

    public Table5GeneralBudgetExpenditure() {
        super(5, Fund.GENERAL_BUDGET);
    }
}
