package org.openbudget.budget.table;

import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 2, 部门预算收入总表 — per functional code: 合计 = 本年收入小计 + 上年结转, 小计 = the seven sources.
 */
public class Table2Revenue implements TableBuilder {

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "部门预算收入总表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        List<TableRow> rows = new ArrayList<>();
        List<FunctionalLine> lines = in.content().functional().lines();
        if (!lines.isEmpty()) {
            rows.add(new TableRow(1, cells(null, "合计", Sums.revenueOf(Sums.functionalTotal(in.content())), unit)));
            for (FunctionalLine line : lines) {
                rows.add(new TableRow(rows.size() + 1, cells(line.code(), line.name(), Sums.revenueOf(line), unit)));
            }
        }
        String current = "本年收入";
        return Cells.table(this, in, unit, List.of(
                Cells.col(1, "科目编码", "功能分类科目"), Cells.col(2, "科目名称", "功能分类科目"),
                Cells.col(3, "合计", null), Cells.col(4, "小计", current),
                Cells.col(5, "财政拨款收入", current), Cells.col(6, "财政专户收入", current),
                Cells.col(7, "事业收入", current), Cells.col(8, "经营收入", current),
                Cells.col(9, "上级补助收入", current), Cells.col(10, "附属单位上缴收入", current),
                Cells.col(11, "其他收入", current), Cells.col(12, "上年结转", null)),
                rows, lines.isEmpty() ? "注：无部门预算收入，空表列示。" : null);
    }

    private static List<String> cells(String code, String name, FunctionalRevenue r, AmountUnit u) {
        return Cells.row(code, name, Cells.amount(r.total(), u), Cells.amount(r.currentYear(), u),
                Cells.amount(r.appropriation(), u), Cells.amount(r.specialAccount(), u),
                Cells.amount(r.institution(), u), Cells.amount(r.institutionOperating(), u),
                Cells.amount(r.superiorSubsidy(), u), Cells.amount(r.affiliatedRemittance(), u),
                Cells.amount(r.other(), u), Cells.amount(r.carryOver(), u));
    }
}
