package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.Sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 1, 部门预算收支总表 — revenue by its nine sources beside expenditure by functional 类, then
 * 本年收入合计 / 本年支出合计, 上年结转结余 / 年终结转结余 and 收入总计 / 支出总计.
 */
public final class RevenueExpenditureSummaryTable {

    static final String TITLE = "部门预算收支总表";
    static final String[] SOURCES = {"一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入",
            "财政专户管理资金收入", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"};

    private RevenueExpenditureSummaryTable() {
    }

    public static DisclosureTable build(BudgetData budget) {
        List<BigDecimal> sources = budget.revenue().all();
        List<FunctionalClasses.ClassRow> classes = FunctionalClasses.of(budget);
        int n = Math.max(SOURCES.length, classes.size());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Cell> cells = Cells.blanks(4);
            if (i < SOURCES.length) {
                cells.set(0, Cells.text(Cells.chinese(i + 1) + "、" + SOURCES[i]));
                cells.set(1, Cells.wan(sources.get(i)));
            }
            if (i < classes.size()) {
                FunctionalClasses.ClassRow c = classes.get(i);
                cells.set(2, Cells.text(Cells.chinese(i + 1) + "、" + c.name()));
                cells.set(3, Cells.wan(c.line() == null ? null : c.line().figures().expenditureOrBlank().total()));
            }
            rows.add(new Row(i + 1, cells));
        }
        BigDecimal revenueTotal = budget.revenue().total();
        BigDecimal expenditureTotal = BudgetFigures.functionalTotal(budget).expenditureOrBlank().total();
        BudgetData.CarryOver carry = budget.carryOver();
        rows.add(new Row(n + 1, Cells.row(Cells.text("本年收入合计"), Cells.wan(revenueTotal),
                Cells.text("本年支出合计"), Cells.wan(expenditureTotal))));
        rows.add(new Row(n + 2, Cells.row(Cells.text("上年结转结余"), Cells.wan(carry.priorYear()),
                Cells.text("年终结转结余"), Cells.wan(carry.yearEnd()))));
        rows.add(new Row(n + 3, Cells.row(Cells.text("收入总计"), Cells.wan(Sum.of(revenueTotal, carry.priorYear())),
                Cells.text("支出总计"), Cells.wan(Sum.of(expenditureTotal, carry.yearEnd())))));
        return new DisclosureTable(1, TITLE, List.of(
                Column.name("项目", "收入"), Column.amount("预算数", "收入"),
                Column.name("项目", "支出"), Column.amount("预算数", "支出")), rows, null);
    }
}
