package org.openbudget.disclosure.table;

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

    private static final Fund[] FUNDS = Fund.APPROPRIATIONS;

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
        List<ClassRows.ClassRow> classes = ClassRows.of(in);
        int n = Math.max(FUNDS.length, classes.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Cell> cells = Cells.blanks(7);
            if (i < FUNDS.length) {
                cells.set(0, Cells.text(fundRow(i)));
                cells.set(1, Cells.amount(fundRevenue[i], unit));
            }
            if (i < classes.size()) {
                ClassRows.ClassRow c = classes.get(i);
                cells.set(2, Cells.text(Numerals.numbered(i + 1, c.name())));
                if (c.line() != null) {
                    fill(cells, Sums.expenditureOf(c.line()), unit);
                }
            }
            rows.add(new Row(i + 1, cells));
        }
        BigDecimal revenueTotal = Amounts.sum(fundRevenue);
        FunctionalExpenditure total = Sums.expenditureOf(Sums.functionalTotal(in.content()));
        List<Cell> current = Cells.row(Cells.text("本年收入合计"), Cells.amount(revenueTotal, unit), Cells.text("本年支出合计"),
                null, null, null, null);
        fill(current, total, unit);
        rows.add(new Row(n + 1, current));

        BigDecimal[] opening = Arrays.stream(FUNDS).map(carryOver::opening).toArray(BigDecimal[]::new);
        BigDecimal[] closing = Arrays.stream(FUNDS).map(carryOver::closing).toArray(BigDecimal[]::new);
        BigDecimal openingTotal = Amounts.sum(opening);
        BigDecimal closingTotal = Amounts.sum(closing);
        rows.add(new Row(n + 2, Cells.row(Cells.text("年初财政拨款结转和结余"), Cells.amount(openingTotal, unit),
                Cells.text("年末财政拨款结转和结余"), Cells.amount(closingTotal, unit), Cells.amount(closing[0], unit),
                Cells.amount(closing[1], unit), Cells.amount(closing[2], unit))));
        for (int f = 0; f < FUNDS.length; f++) {
            rows.add(new Row(n + 3 + f, Cells.row(Cells.text(fundRow(f)), Cells.amount(opening[f], unit),
                    null, null, null, null, null)));
        }
        List<Cell> grand = Cells.row(Cells.text("收入总计"), Cells.amount(Amounts.sum(revenueTotal, openingTotal), unit),
                Cells.text("支出总计"), Cells.amount(Amounts.sum(total.appropriations(), closingTotal), unit), null, null, null);
        for (int f = 0; f < FUNDS.length; f++) {
            grand.set(4 + f, Cells.amount(Amounts.sum(total.fundTotal(FUNDS[f]), closing[f]), unit));
        }
        rows.add(new Row(n + 6, grand));

        String spending = "支出";
        List<Column> columns = new ArrayList<>(List.of(Column.name("项目", "收入"), Column.amount("金额", "收入"),
                Column.name("项目", spending), Column.amount("合计", spending)));
        for (Fund fund : FUNDS) {
            columns.add(Column.amount(fund.label() + "财政拨款", spending));
        }
        return new DisclosureTable(number(), title(), unit, columns, rows, null);
    }

    /** 一、一般公共预算拨款 … 三、国有资本经营预算拨款 (revenue rows and the 年初 balance rows). */
    private static String fundRow(int f) {
        return Numerals.numbered(f + 1, FUNDS[f].label() + "拨款");
    }

    /** Columns 4–7: the appropriation funds together, then each of them (all expenditure types). */
    private static void fill(List<Cell> cells, FunctionalExpenditure e, AmountUnit unit) {
        cells.set(3, Cells.amount(e.appropriations(), unit));
        for (int f = 0; f < FUNDS.length; f++) {
            cells.set(4 + f, Cells.amount(e.fundTotal(FUNDS[f]), unit));
        }
    }
}
