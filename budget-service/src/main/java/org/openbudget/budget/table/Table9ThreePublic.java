package org.openbudget.budget.table;

import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 9, 部门预算财政拨款"三公"经费支出表 — the nine fixed rows by fund; 合计 column = the three funds.
 * Always printed in full: blank rows say "none" as clearly as a number would.
 */
public class Table9ThreePublic implements TableBuilder {

    @Override
    public int number() {
        return 9;
    }

    @Override
    public String title() {
        return "部门预算财政拨款“三公”经费支出表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        Map<ThreePublicItem, ThreePublicLine> lines = Sums.threePublic(in.content());
        List<TableRow> rows = new ArrayList<>();
        for (ThreePublicItem item : ThreePublicItem.values()) {
            ThreePublicLine l = lines.get(item);
            rows.add(new TableRow(rows.size() + 1, Cells.row(item.label(), Cells.amount(l.total(), unit),
                    Cells.amount(l.generalBudget(), unit), Cells.amount(l.governmentFund(), unit),
                    Cells.amount(l.stateCapital(), unit))));
        }
        String fund = "资金性质";
        return Cells.table(this, in, unit, List.of(Cells.col(1, "项目", null), Cells.col(2, "合计", fund),
                Cells.col(3, "一般公共预算财政拨款", fund), Cells.col(4, "政府性基金预算拨款", fund),
                Cells.col(5, "国有资本经营预算财政拨款", fund)), rows, null);
    }
}
