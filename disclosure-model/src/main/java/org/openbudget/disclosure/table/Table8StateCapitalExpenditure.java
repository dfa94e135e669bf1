package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.Fund;

/** Table 8, 部门预算国有资本经营预算财政拨款支出表 — see {@link FundExpenditureTable}. */
public class Table8StateCapitalExpenditure extends FundExpenditureTable {

    public Table8StateCapitalExpenditure() {
        super(8, Fund.STATE_CAPITAL);
    }
}
