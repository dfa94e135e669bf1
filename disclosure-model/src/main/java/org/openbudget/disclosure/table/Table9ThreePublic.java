package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 9, 部门预算财政拨款"三公"经费支出表 — the nine fixed rows by fund; the 合计 column adds the three funds.
 * Always printed in full: a blank row says "none" as clearly as a number would. The rows are {@link Sums#threePublic}:
 * 合计 and 小计 are one figure, parents not given are the sums of their rows.
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
        List<Row> rows = new ArrayList<>();
        for (ThreePublicItem item : ThreePublicItem.values()) {
            ThreePublicLine l = lines.get(item);
            rows.add(new Row(rows.size() + 1, Cells.row(Cells.text(item.rowLabel()), Cells.amount(l.total(), unit),
                    Cells.amount(l.generalBudget(), unit), Cells.amount(l.governmentFund(), unit),
                    Cells.amount(l.stateCapital(), unit))));
        }
        String fund = "资金性质";
        // the seed's header: only the government fund's column lacks 财政 (政府性基金预算拨款)
        return new DisclosureTable(number(), title(), unit, List.of(Column.name("项目", null), Column.amount("合计", fund),
                Column.amount(Fund.GENERAL_BUDGET.label() + "财政拨款", fund),
                Column.amount(Fund.GOVERNMENT_FUND.label() + "拨款", fund),
                Column.amount(Fund.STATE_CAPITAL.label() + "财政拨款", fund)), rows, null);
    }
}
