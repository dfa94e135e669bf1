package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.EconomicFigures;
import org.openbudget.aggregation.document.source.BudgetData.EconomicLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 6, 部门预算一般公共预算财政拨款基本支出表 — basic expenditure of the general public budget by
 * economic code: 合计 = 人员经费 (personnel) + 公用经费 (office and running costs).
 */
public final class BasicByEconomicTable {

    private BasicByEconomicTable() {
    }

    public static DisclosureTable build(BudgetData budget) {
        List<Row> rows = new ArrayList<>();
        List<EconomicLine> lines = budget.economic().lines();
        EconomicFigures total = BudgetFigures.economicTotal(budget);
        if (!lines.isEmpty() || total.personnel() != null || total.publicUse() != null) {
            rows.add(new Row(1, cells(null, "合计", total)));
            for (EconomicLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), line.figures())));
            }
        }
        String group = "支出部门经济分类科目";
        String basic = "一般公共预算基本支出";
        return new DisclosureTable(6, "部门预算一般公共预算财政拨款基本支出表", List.of(
                Column.code(group), Column.name("科目名称", group), Column.amount("合计", basic),
                Column.amount("人员经费", basic), Column.amount("公用经费", basic)),
                rows, rows.isEmpty() ? "注：无一般公共预算财政拨款基本支出，空表列示。" : null);
    }

    private static List<Cell> cells(String code, String name, EconomicFigures f) {
        return Cells.row(Cells.text(code), Cells.text(name), Cells.wan(f.total()), Cells.wan(f.personnel()),
                Cells.wan(f.publicUse()));
    }
}
