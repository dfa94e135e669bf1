package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 1, 部门预算收支总表 — revenue by its nine sources beside expenditure by functional 类, then
 * 本年收入合计 / 本年支出合计, 上年结转结余 / 年终结转结余 and 收入总计 / 支出总计.
 */
public class Table1RevenueExpenditureSummary implements TableBuilder {

    /** The nine sources in {@link Revenue#all()} order: the three appropriations, then the others. */
    static final List<String> SOURCES = List.of(
            Fund.GENERAL_BUDGET.label() + "拨款收入", Fund.GOVERNMENT_FUND.label() + "拨款收入",
            Fund.STATE_CAPITAL.label() + "拨款收入", "财政专户管理资金收入", "事业收入", "事业单位经营收入", "上级补助收入",
            "附属单位上缴收入", "其他收入");

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "部门预算收支总表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        Revenue revenue = in.content().revenueOrBlank();
        CarryOver carryOver = in.content().carryOverOrBlank();
        List<BigDecimal> sources = revenue.all();
        List<ClassRows.ClassRow> classes = ClassRows.of(in);
        int n = Math.max(SOURCES.size(), classes.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Cell> cells = Cells.blanks(4);
            if (i < SOURCES.size()) {
                cells.set(0, Cells.text(Numerals.numbered(i + 1, SOURCES.get(i))));
                cells.set(1, Cells.amount(sources.get(i), unit));
            }
            if (i < classes.size()) {
                ClassRows.ClassRow c = classes.get(i);
                cells.set(2, Cells.text(Numerals.numbered(i + 1, c.name())));
                cells.set(3, Cells.amount(c.line() == null ? null : Sums.expenditureOf(c.line()).total(), unit));
            }
            rows.add(new Row(i + 1, cells));
        }
        BigDecimal revenueTotal = revenue.total();
        BigDecimal expenditureTotal = Sums.expenditureOf(Sums.functionalTotal(in.content())).total();
        rows.add(new Row(n + 1, Cells.row(Cells.text("本年收入合计"), Cells.amount(revenueTotal, unit),
                Cells.text("本年支出合计"), Cells.amount(expenditureTotal, unit))));
        rows.add(new Row(n + 2, Cells.row(Cells.text("上年结转结余"), Cells.amount(carryOver.priorYear(), unit),
                Cells.text("年终结转结余"), Cells.amount(carryOver.yearEnd(), unit))));
        rows.add(new Row(n + 3, Cells.row(Cells.text("收入总计"), Cells.amount(Amounts.sum(revenueTotal, carryOver.priorYear()), unit),
                Cells.text("支出总计"), Cells.amount(Amounts.sum(expenditureTotal, carryOver.yearEnd()), unit))));
        return new DisclosureTable(number(), title(), unit, List.of(
                Column.name("项目", "收入"), Column.amount("预算数", "收入"),
                Column.name("项目", "支出"), Column.amount("预算数", "支出")), rows, null);
    }
}
