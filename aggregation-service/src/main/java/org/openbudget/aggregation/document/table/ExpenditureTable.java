package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.ExpenditureType;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalExpenditure;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 3, 部门预算支出总表 — per functional code, all funds together: 合计 = 基本 + 项目 + 经营 + 上解上级 +
 * 对附属单位补助.
 */
public final class ExpenditureTable {

    private ExpenditureTable() {
    }

    public static DisclosureTable build(BudgetData budget) {
        List<Row> rows = new ArrayList<>();
        List<FunctionalLine> lines = budget.functional().lines();
        if (!lines.isEmpty()) {
            rows.add(new Row(1, cells(null, "合计", BudgetFigures.functionalTotal(budget).expenditureOrBlank())));
            for (FunctionalLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), line.figures().expenditureOrBlank())));
            }
        }
        String group = "功能分类科目";
        List<Column> columns = new ArrayList<>(List.of(Column.code(group), Column.name("科目名称", group),
                Column.amount("合计", null)));
        for (ExpenditureType type : ExpenditureType.values()) {
            columns.add(Column.amount(type.label(), null));
        }
        return new DisclosureTable(3, "部门预算支出总表", columns, rows,
                rows.isEmpty() ? "注：无部门预算支出，空表列示。" : null);
    }

    private static List<Cell> cells(String code, String name, FunctionalExpenditure e) {
        List<Cell> cells = Cells.row(Cells.text(code), Cells.text(name), Cells.wan(e.total()));
        for (ExpenditureType type : ExpenditureType.values()) {
            cells.add(Cells.wan(e.type(type)));
        }
        return cells;
    }
}
