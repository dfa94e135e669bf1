package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalLine;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalRevenue;

import java.util.ArrayList;
import java.util.List;

/** Table 2, 部门预算收入总表 — per functional code: 合计 = 本年收入小计 + 上年结转, 小计 = the seven sources. */
public final class RevenueTable {

    private RevenueTable() {
    }

    public static DisclosureTable build(BudgetData budget) {
        List<Row> rows = new ArrayList<>();
        List<FunctionalLine> lines = budget.functional().lines();
        if (!lines.isEmpty()) {
            rows.add(new Row(1, cells(null, "合计", BudgetFigures.functionalTotal(budget).revenueOrBlank())));
            for (FunctionalLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), line.figures().revenueOrBlank())));
            }
        }
        String group = "功能分类科目";
        String current = "本年收入";
        return new DisclosureTable(2, "部门预算收入总表", List.of(
                Column.code(group), Column.name("科目名称", group), Column.amount("合计", null),
                Column.amount("小计", current), Column.amount("财政拨款收入", current),
                Column.amount("财政专户收入", current), Column.amount("事业收入", current),
                Column.amount("经营收入", current), Column.amount("上级补助收入", current),
                Column.amount("附属单位上缴收入", current), Column.amount("其他收入", current),
                Column.amount("上年结转", null)),
                rows, rows.isEmpty() ? "注：无部门预算收入，空表列示。" : null);
    }

    private static List<Cell> cells(String code, String name, FunctionalRevenue r) {
        return Cells.row(Cells.text(code), Cells.text(name), Cells.wan(r.total()), Cells.wan(r.currentYear()),
                Cells.wan(r.appropriation()), Cells.wan(r.specialAccount()), Cells.wan(r.institution()),
                Cells.wan(r.institutionOperating()), Cells.wan(r.superiorSubsidy()),
                Cells.wan(r.affiliatedRemittance()), Cells.wan(r.other()), Cells.wan(r.carryOver()));
    }
}
