package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.Fund;

/** Table 7, 部门预算政府性基金预算财政拨款支出表 — see {@link FundExpenditureTable}. */
public class Table7GovernmentFundExpenditure extends FundExpenditureTable {

    public Table7GovernmentFundExpenditure() {
        super(7, Fund.GOVERNMENT_FUND);
    }
}
