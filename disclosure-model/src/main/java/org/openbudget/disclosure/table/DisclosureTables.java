package org.openbudget.disclosure.table;

import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;
import java.util.Optional;

/**
 * The nine tables of 部门预算公开表, in document order. Where each is computed:
 * 1 {@link Table1RevenueExpenditureSummary}, 2 {@link Table2Revenue}, 3 {@link Table3Expenditure},
 * 4 {@link Table4AppropriationSummary}, 5 {@link Table5GeneralBudgetExpenditure},
 * 6 {@link Table6GeneralBudgetBasicByEconomic}, 7 {@link Table7GovernmentFundExpenditure},
 * 8 {@link Table8StateCapitalExpenditure}, 9 {@link Table9ThreePublic}.
 */
public final class DisclosureTables {

    public static final List<TableBuilder> ALL = List.of(
            new Table1RevenueExpenditureSummary(),
            new Table2Revenue(),
            new Table3Expenditure(),
            new Table4AppropriationSummary(),
            new Table5GeneralBudgetExpenditure(),
            new Table6GeneralBudgetBasicByEconomic(),
            new Table7GovernmentFundExpenditure(),
            new Table8StateCapitalExpenditure(),
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
