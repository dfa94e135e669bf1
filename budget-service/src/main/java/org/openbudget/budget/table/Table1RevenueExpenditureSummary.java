package org.openbudget.budget.table;

import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.FunctionalFigures;
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

    static final String[] SOURCES = {"一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入",
            "财政专户管理资金收入", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"};

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
        List<FunctionalClasses.ClassRow> classes = FunctionalClasses.of(in);
        int n = Math.max(SOURCES.length, classes.size());
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> cells = Cells.row(null, null, null, null);
            if (i < SOURCES.length) {
                cells.set(0, Cells.chinese(i + 1) + "、" + SOURCES[i]);
                cells.set(1, Cells.amount(sources.get(i), unit));
            }
            if (i < classes.size()) {
                FunctionalClasses.ClassRow c = classes.get(i);
                cells.set(2, Cells.chinese(i + 1) + "、" + c.name());
                cells.set(3, Cells.amount(c.line() == null ? null : Sums.expenditureOf(c.line()).total(), unit));
            }
            rows.add(new TableRow(i + 1, cells));
        }
        FunctionalFigures total = Sums.functionalTotal(in.content());
        BigDecimal revenueTotal = revenue.total();
        BigDecimal expenditureTotal = Sums.expenditureOf(total).total();
        rows.add(new TableRow(n + 1, Cells.row("本年收入合计", Cells.amount(revenueTotal, unit),
                "本年支出合计", Cells.amount(expenditureTotal, unit))));
        rows.add(new TableRow(n + 2, Cells.row("上年结转结余", Cells.amount(carryOver.priorYear(), unit),
                "年终结转结余", Cells.amount(carryOver.yearEnd(), unit))));
        rows.add(new TableRow(n + 3, Cells.row("收入总计", Cells.amount(Amounts.sum(revenueTotal, carryOver.priorYear()), unit),
                "支出总计", Cells.amount(Amounts.sum(expenditureTotal, carryOver.yearEnd()), unit))));
        return Cells.table(this, in, unit, List.of(
                Cells.col(1, "项目", "收入"), Cells.col(2, "预算数", "收入"),
                Cells.col(3, "项目", "支出"), Cells.col(4, "预算数", "支出")), rows, null);
    }
}
