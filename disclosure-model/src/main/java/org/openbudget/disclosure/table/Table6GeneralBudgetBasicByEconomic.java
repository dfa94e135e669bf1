package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 6, 部门预算一般公共预算财政拨款基本支出表 — basic expenditure of the general public budget by
 * economic code: 合计 = 人员经费 (personnel) + 公用经费 (office and running costs). Its 合计 equals table 5's
 * 基本支出 (a validation rule).
 */
public class Table6GeneralBudgetBasicByEconomic implements TableBuilder {

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "部门预算一般公共预算财政拨款基本支出表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        List<Row> rows = new ArrayList<>();
        List<EconomicLine> lines = in.content().economic().lines();
        EconomicFigures total = Sums.economicTotal(in.content());
        if (!lines.isEmpty() || !total.isBlank()) {
            rows.add(new Row(1, cells(null, "合计", total, unit)));
            for (EconomicLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), line.figures(), unit)));
            }
        }
        String group = "支出部门经济分类科目";
        String basic = "一般公共预算基本支出";
        return new DisclosureTable(number(), title(), unit, List.of(
                Column.code(group), Column.name("科目名称", group), Column.amount("合计", basic),
                Column.amount(EconomicFigures.PERSONNEL, basic), Column.amount(EconomicFigures.PUBLIC_USE, basic)),
                rows, rows.isEmpty() ? "注：无一般公共预算财政拨款基本支出，空表列示。" : null);
    }

    private static List<Cell> cells(String code, String name, EconomicFigures f, AmountUnit u) {
        return Cells.row(Cells.text(code), Cells.text(name), Cells.amount(f.total(), u), Cells.amount(f.personnel(), u),
                Cells.amount(f.publicUse(), u));
    }
}
