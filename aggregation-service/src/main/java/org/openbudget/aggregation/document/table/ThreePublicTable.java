package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Column;
import org.openbudget.aggregation.document.model.DisclosureTable;
import org.openbudget.aggregation.document.model.Row;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.ThreePublicLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 9, 部门预算财政拨款"三公"经费支出表 — the nine fixed rows by fund; the 合计 column adds the three
 * funds. Always printed in full: a blank row says "none" as clearly as a number would.
 */
public final class ThreePublicTable {

    private ThreePublicTable() {
    }

    public static DisclosureTable build(BudgetData budget) {
        Map<ThreePublicItem, ThreePublicLine> lines = BudgetFigures.threePublic(budget);
        List<Row> rows = new ArrayList<>();
        for (ThreePublicItem item : ThreePublicItem.values()) {
            ThreePublicLine l = lines.get(item);
            rows.add(new Row(rows.size() + 1, Cells.row(Cells.text(item.label()), Cells.wan(l.total()),
                    Cells.wan(l.generalBudget()), Cells.wan(l.governmentFund()), Cells.wan(l.stateCapital()))));
        }
        String fund = "资金性质";
        return new DisclosureTable(9, "部门预算财政拨款“三公”经费支出表", List.of(Column.name("项目", null),
                Column.amount("合计", fund), Column.amount("一般公共预算财政拨款", fund),
                Column.amount("政府性基金预算拨款", fund), Column.amount("国有资本经营预算财政拨款", fund)), rows, null);
    }
}
