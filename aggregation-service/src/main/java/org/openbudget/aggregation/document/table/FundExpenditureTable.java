package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.ByType;
import org.openbudget.aggregation.document.source.BudgetData.Fund;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalLine;
import org.openbudget.aggregation.document.source.Sum;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables 5, 7 and 8 — one appropriation fund's expenditure per functional code: 合计 = 基本支出 + 项目支出.
 * Only rows with a figure of that fund are printed; a fund without any gives the empty table with its
 * note. The seed prints table 7's title and note without 性 ("政府基金", its defect S3); we print the
 * correct name.
 */
public final class FundExpenditureTable {

    private FundExpenditureTable() {
    }

    public static DisclosureTable generalBudget(BudgetData budget) {
        return build(5, Fund.GENERAL_BUDGET, "一般公共预算", budget);
    }

    public static DisclosureTable governmentFund(BudgetData budget) {
        return build(7, Fund.GOVERNMENT_FUND, "政府性基金预算", budget);
    }

    public static DisclosureTable stateCapital(BudgetData budget) {
        return build(8, Fund.STATE_CAPITAL, "国有资本经营预算", budget);
    }

    private static DisclosureTable build(int number, Fund fund, String name, BudgetData budget) {
        List<Row> rows = new ArrayList<>();
        ByType total = BudgetFigures.functionalTotal(budget).expenditureOrBlank().fund(fund);
        List<FunctionalLine> lines = budget.functional().lines().stream()
                .filter(l -> printed(l.figures().expenditureOrBlank().fund(fund))).toList();
        if (!lines.isEmpty() || printed(total)) {
            rows.add(new Row(1, cells(null, "合计", total)));
            for (FunctionalLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), line.figures().expenditureOrBlank().fund(fund))));
            }
        }
        String group = "功能分类科目";
        return new DisclosureTable(number, "部门预算" + name + "财政拨款支出表", List.of(
                Column.code(group), Column.name("科目名称", group), Column.amount("合计", null),
                Column.amount("基本支出", null), Column.amount("项目支出", null)),
                rows, rows.isEmpty() ? "注：无" + name + "财政拨款预算，空表列示。" : null);
    }

    private static boolean printed(ByType e) {
        return e != null && (e.basic() != null || e.project() != null);
    }

    private static List<Cell> cells(String code, String name, ByType e) {
        if (e == null) {
            return Cells.row(Cells.text(code), Cells.text(name), null, null, null);
        }
        return Cells.row(Cells.text(code), Cells.text(name), Cells.wan(Sum.of(e.basic(), e.project())),
                Cells.wan(e.basic()), Cells.wan(e.project()));
    }
}
