package org.openbudget.budget.table;

import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;
import java.util.Optional;

/**
 * The nine tables of 部门预算公开表, in document order. Where each is computed:
 * 1 {@link Table1RevenueExpenditureSummary}, 2 {@link Table2Revenue}, 3 {@link Table3Expenditure},
 * 4 {@link Table4AppropriationSummary}, 5/7/8 {@link FundExpenditureTable}, 6 {@link Table6GeneralBudgetBasicByEconomic},
 * 9 {@link Table9ThreePublic}.
 */
public final class DisclosureTables {

    public static final List<TableBuilder> ALL = List.of(
            new Table1RevenueExpenditureSummary(),
            new Table2Revenue(),
            new Table3Expenditure(),
            new Table4AppropriationSummary(),
            FundExpenditureTable.table5(),
            new Table6GeneralBudgetBasicByEconomic(),
            FundExpenditureTable.table7(),
            FundExpenditureTable.table8(),
            new Table9ThreePublic());

    private DisclosureTables() {
    }

    public static Optional<TableBuilder> byNumber(int number) {
        return ALL.stream().filter(t -> t.number() == number).findFirst();
    }

    public static List<DisclosureTable> all(TableInput input, AmountUnit unit) {
        return ALL.stream().map(t -> t.build(input, unit)).toList();
    }
}
