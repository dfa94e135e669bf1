package org.openbudget.budget.table;

import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 3, 部门预算支出总表 — per functional code, all funds together: 合计 = 基本 + 项目 + 经营 + 上解上级 +
 * 对附属单位补助.
 */
public class Table3Expenditure implements TableBuilder {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "部门预算支出总表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        List<TableRow> rows = new ArrayList<>();
        List<FunctionalLine> lines = in.content().functional().lines();
        if (!lines.isEmpty()) {
            rows.add(new TableRow(1, cells(null, "合计", Sums.expenditureOf(Sums.functionalTotal(in.content())), unit)));
            for (FunctionalLine line : lines) {
                rows.add(new TableRow(rows.size() + 1, cells(line.code(), line.name(), Sums.expenditureOf(line), unit)));
            }
        }
        List<TableColumn> columns = new ArrayList<>(List.of(
                Cells.col(1, "科目编码", "功能分类科目"), Cells.col(2, "科目名称", "功能分类科目"), Cells.col(3, "合计", null)));
        for (ExpenditureType type : ExpenditureType.values()) {
            columns.add(Cells.col(columns.size() + 1, type.label(), null));
        }
        return Cells.table(this, in, unit, columns, rows, lines.isEmpty() ? "注：无部门预算支出，空表列示。" : null);
    }

    private static List<String> cells(String code, String name, FunctionalExpenditure e, AmountUnit u) {
        List<String> cells = Cells.row(code, name, Cells.amount(e.total(), u));
        for (ExpenditureType type : ExpenditureType.values()) {
            cells.add(Cells.amount(e.type(type), u));
        }
        return cells;
    }
}
