package org.openbudget.disclosure.table;

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
        List<Row> rows = new ArrayList<>();
        List<FunctionalLine> lines = in.content().functional().lines();
        if (!lines.isEmpty()) {
            rows.add(new Row(1, cells(null, "合计", Sums.expenditureOf(Sums.functionalTotal(in.content())), unit)));
            for (FunctionalLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), Sums.expenditureOf(line), unit)));
            }
        }
        List<Column> columns = new ArrayList<>(List.of(Column.code(FundExpenditureTable.FUNCTIONAL),
                Column.name("科目名称", FundExpenditureTable.FUNCTIONAL), Column.amount("合计", null)));
        for (ExpenditureType type : ExpenditureType.values()) {
            columns.add(Column.amount(type.label(), null));
        }
        return new DisclosureTable(number(), title(), unit, columns, rows,
                lines.isEmpty() ? "注：无部门预算支出，空表列示。" : null);
    }

    private static List<Cell> cells(String code, String name, FunctionalExpenditure e, AmountUnit u) {
        List<Cell> cells = Cells.row(Cells.text(code), Cells.text(name), Cells.amount(e.total(), u));
        for (ExpenditureType type : ExpenditureType.values()) {
            cells.add(Cells.amount(e.type(type), u));
        }
        return cells;
    }
}
