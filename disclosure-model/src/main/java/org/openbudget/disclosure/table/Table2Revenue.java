package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/** Table 2, 部门预算收入总表 — per functional code: 合计 = 本年收入小计 + 上年结转, 小计 = the seven sources. */
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
        List<Row> rows = new ArrayList<>();
        List<FunctionalLine> lines = in.content().functional().lines();
        if (!lines.isEmpty()) {
            rows.add(new Row(1, cells(null, "合计", Sums.revenueOf(Sums.functionalTotal(in.content())), unit)));
            for (FunctionalLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), Sums.revenueOf(line), unit)));
            }
        }
        String current = "本年收入";
        return new DisclosureTable(number(), title(), unit, List.of(
                Column.code(FundExpenditureTable.FUNCTIONAL), Column.name("科目名称", FundExpenditureTable.FUNCTIONAL),
                Column.amount("合计", null), Column.amount("小计", current),
                Column.amount("财政拨款收入", current), Column.amount("财政专户收入", current),
                Column.amount("事业收入", current), Column.amount("经营收入", current),
                Column.amount("上级补助收入", current), Column.amount("附属单位上缴收入", current),
                Column.amount("其他收入", current), Column.amount("上年结转", null)),
                rows, rows.isEmpty() ? "注：无部门预算收入，空表列示。" : null);
    }

    private static List<Cell> cells(String code, String name, FunctionalRevenue r, AmountUnit u) {
        return Cells.row(Cells.text(code), Cells.text(name), Cells.amount(r.total(), u), Cells.amount(r.currentYear(), u),
                Cells.amount(r.appropriation(), u), Cells.amount(r.specialAccount(), u),
                Cells.amount(r.institution(), u), Cells.amount(r.institutionOperating(), u),
                Cells.amount(r.superiorSubsidy(), u), Cells.amount(r.affiliatedRemittance(), u),
                Cells.amount(r.other(), u), Cells.amount(r.carryOver(), u));
    }
}
