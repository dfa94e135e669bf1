package org.openbudget.budget.table;

import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Table 4, 部门预算财政拨款收支总表 — appropriations only: the three funds' revenue beside expenditure by
 * functional 类 × fund, then 本年 totals, 年初 / 年末财政拨款结转和结余 and 收入总计 / 支出总计.
 */
public class Table4AppropriationSummary implements TableBuilder {

    static final String[] FUNDS = {"一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"};

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "部门预算财政拨款收支总表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        Revenue revenue = in.content().revenueOrBlank();
        CarryOver carryOver = in.content().carryOverOrBlank();
        BigDecimal[] fundRevenue = {revenue.generalBudget(), revenue.governmentFund(), revenue.stateCapital()};
        List<FunctionalClasses.ClassRow> classes = FunctionalClasses.of(in);
        int n = Math.max(FUNDS.length, classes.size());
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> cells = Cells.row(null, null, null, null, null, null, null);
            if (i < FUNDS.length) {
                cells.set(0, Cells.chinese(i + 1) + "、" + FUNDS[i]);
                cells.set(1, Cells.amount(fundRevenue[i], unit));
            }
            if (i < classes.size()) {
                FunctionalClasses.ClassRow c = classes.get(i);
                cells.set(2, Cells.chinese(i + 1) + "、" + c.name());
                fill(cells, c.line() == null ? null : Sums.expenditureOf(c.line()), unit);
            }
            rows.add(new TableRow(i + 1, cells));
        }
        BigDecimal revenueTotal = Amounts.sum(fundRevenue);
        FunctionalExpenditure total = Sums.expenditureOf(Sums.functionalTotal(in.content()));
        List<String> current = Cells.row("本年收入合计", Cells.amount(revenueTotal, unit), "本年支出合计", null, null, null, null);
        fill(current, total, unit);
        rows.add(new TableRow(n + 1, current));

        BigDecimal[] opening = Arrays.stream(Fund.APPROPRIATIONS).map(carryOver::opening).toArray(BigDecimal[]::new);
        BigDecimal[] closing = Arrays.stream(Fund.APPROPRIATIONS).map(carryOver::closing).toArray(BigDecimal[]::new);
        BigDecimal openingTotal = Amounts.sum(opening);
        BigDecimal closingTotal = Amounts.sum(closing);
        rows.add(new TableRow(n + 2, Cells.row("年初财政拨款结转和结余", Cells.amount(openingTotal, unit),
                "年末财政拨款结转和结余", Cells.amount(closingTotal, unit), Cells.amount(closing[0], unit),
                Cells.amount(closing[1], unit), Cells.amount(closing[2], unit))));
        for (int f = 0; f < FUNDS.length; f++) {
            rows.add(new TableRow(n + 3 + f, Cells.row(Cells.chinese(f + 1) + "、" + FUNDS[f], Cells.amount(opening[f], unit),
                    null, null, null, null, null)));
        }
        List<String> grand = Cells.row("收入总计", Cells.amount(Amounts.sum(revenueTotal, openingTotal), unit), "支出总计",
                Cells.amount(Amounts.sum(appropriations(total), closingTotal), unit), null, null, null);
        for (int f = 0; f < FUNDS.length; f++) {
            grand.set(4 + f, Cells.amount(Amounts.sum(total.fundTotal(Fund.APPROPRIATIONS[f]), closing[f]), unit));
        }
        rows.add(new TableRow(n + 6, grand));

        String spending = "支出";
        return Cells.table(this, in, unit, List.of(
                Cells.col(1, "项目", "收入"), Cells.col(2, "金额", "收入"), Cells.col(3, "项目", spending),
                Cells.col(4, "合计", spending), Cells.col(5, "一般公共预算财政拨款", spending),
                Cells.col(6, "政府性基金预算财政拨款", spending), Cells.col(7, "国有资本经营预算财政拨款", spending)),
                rows, null);
    }

    /** Columns 4–7: the appropriation funds together, then each of them (all expenditure types). */
    private static void fill(List<String> cells, FunctionalExpenditure e, AmountUnit unit) {
        if (e == null) {
            return;
        }
        cells.set(3, Cells.amount(appropriations(e), unit));
        for (int f = 0; f < Fund.APPROPRIATIONS.length; f++) {
            cells.set(4 + f, Cells.amount(e.fundTotal(Fund.APPROPRIATIONS[f]), unit));
        }
    }

    static BigDecimal appropriations(FunctionalExpenditure e) {
        return Amounts.sum(Arrays.stream(Fund.APPROPRIATIONS).map(e::fundTotal).toList());
    }
}
