package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.Fund;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalExpenditure;
import org.openbudget.aggregation.document.source.Sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 4, 部门预算财政拨款收支总表 — appropriations only: the three funds' revenue beside expenditure by
 * functional 类 × fund, then 本年 totals, 年初 / 年末财政拨款结转和结余 and 收入总计 / 支出总计.
 */
public final class AppropriationSummaryTable {

    static final String[] FUNDS = {"一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"};

    private AppropriationSummaryTable() {
    }

    public static DisclosureTable build(BudgetData budget) {
        BudgetData.Revenue revenue = budget.revenue();
        BigDecimal[] fundRevenue = {revenue.generalBudget(), revenue.governmentFund(), revenue.stateCapital()};
        List<FunctionalClasses.ClassRow> classes = FunctionalClasses.of(budget);
        int n = Math.max(FUNDS.length, classes.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Cell> cells = Cells.blanks(7);
            if (i < FUNDS.length) {
                cells.set(0, Cells.text(Cells.chinese(i + 1) + "、" + FUNDS[i]));
                cells.set(1, Cells.wan(fundRevenue[i]));
            }
            if (i < classes.size()) {
                FunctionalClasses.ClassRow c = classes.get(i);
                cells.set(2, Cells.text(Cells.chinese(i + 1) + "、" + c.name()));
                if (c.line() != null) {
                    fill(cells, c.line().figures().expenditureOrBlank());
                }
            }
            rows.add(new Row(i + 1, cells));
        }
        BigDecimal revenueTotal = Sum.of(fundRevenue);
        FunctionalExpenditure total = BudgetFigures.functionalTotal(budget).expenditureOrBlank();
        List<Cell> current = Cells.row(Cells.text("本年收入合计"), Cells.wan(revenueTotal), Cells.text("本年支出合计"),
                null, null, null, null);
        fill(current, total);
        rows.add(new Row(n + 1, current));

        List<BigDecimal> opening = budget.carryOver().opening();
        List<BigDecimal> closing = budget.carryOver().closing();
        BigDecimal openingTotal = Sum.of(opening);
        BigDecimal closingTotal = Sum.of(closing);
        rows.add(new Row(n + 2, Cells.row(Cells.text("年初财政拨款结转和结余"), Cells.wan(openingTotal),
                Cells.text("年末财政拨款结转和结余"), Cells.wan(closingTotal), Cells.wan(closing.get(0)),
                Cells.wan(closing.get(1)), Cells.wan(closing.get(2)))));
        for (int f = 0; f < FUNDS.length; f++) {
            rows.add(new Row(n + 3 + f, Cells.row(Cells.text(Cells.chinese(f + 1) + "、" + FUNDS[f]),
                    Cells.wan(opening.get(f)), null, null, null, null, null)));
        }
        List<Cell> grand = Cells.row(Cells.text("收入总计"), Cells.wan(Sum.of(revenueTotal, openingTotal)),
                Cells.text("支出总计"), Cells.wan(Sum.of(total.appropriations(), closingTotal)), null, null, null);
        for (int f = 0; f < FUNDS.length; f++) {
            grand.set(4 + f, Cells.wan(Sum.of(total.fundTotal(Fund.APPROPRIATIONS[f]), closing.get(f))));
        }
        rows.add(new Row(n + 6, grand));

        String spending = "支出";
        return new DisclosureTable(4, "部门预算财政拨款收支总表", List.of(
                Column.name("项目", "收入"), Column.amount("金额", "收入"), Column.name("项目", spending),
                Column.amount("合计", spending), Column.amount("一般公共预算财政拨款", spending),
                Column.amount("政府性基金预算财政拨款", spending), Column.amount("国有资本经营预算财政拨款", spending)),
                rows, null);
    }

    /** Columns 4–7: the appropriation funds together, then each of them (all expenditure types). */
    private static void fill(List<Cell> cells, FunctionalExpenditure e) {
        cells.set(3, Cells.wan(e.appropriations()));
        for (int f = 0; f < Fund.APPROPRIATIONS.length; f++) {
            cells.set(4 + f, Cells.wan(e.fundTotal(Fund.APPROPRIATIONS[f])));
        }
    }
}
