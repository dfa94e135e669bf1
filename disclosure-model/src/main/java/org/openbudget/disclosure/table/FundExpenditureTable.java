package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;

import java.util.ArrayList;
import java.util.List;

/**
 * What tables 5, 7 and 8 share — the expenditure of one appropriation fund per functional code: 合计 = 基本支出 +
 * 项目支出. Only rows with a figure of that fund are printed; a fund without any gives the empty table with its note.
 * The seed prints table 7's title and note without 性 ("政府基金", its defect S3); we print the fund's name.
 */
public abstract class FundExpenditureTable implements TableBuilder {

    /** The column group of the code and name columns of tables 2, 3, 5, 7 and 8. */
    static final String FUNCTIONAL = "功能分类科目";

    private final int number;
    private final Fund fund;

    protected FundExpenditureTable(int number, Fund fund) {
        this.number = number;
        this.fund = fund;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String title() {
        return "部门预算" + fund.label() + "财政拨款支出表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        List<Row> rows = new ArrayList<>();
        ExpenditureByType total = Sums.expenditureOf(Sums.functionalTotal(in.content())).fund(fund);
        List<FunctionalLine> lines = in.content().functional().lines().stream()
                .filter(l -> printed(Sums.expenditureOf(l).fund(fund))).toList();
        if (!lines.isEmpty() || printed(total)) {
            rows.add(new Row(1, cells(null, "合计", total, unit)));
            for (FunctionalLine line : lines) {
                rows.add(new Row(rows.size() + 1, cells(line.code(), line.name(), Sums.expenditureOf(line).fund(fund), unit)));
            }
        }
        return new DisclosureTable(number, title(), unit, List.of(
                Column.code(FUNCTIONAL), Column.name("科目名称", FUNCTIONAL), Column.amount("合计", null),
                Column.amount(ExpenditureType.BASIC.label(), null), Column.amount(ExpenditureType.PROJECT.label(), null)),
                rows, rows.isEmpty() ? "注：无" + fund.label() + "财政拨款预算，空表列示。" : null);
    }

    private static boolean printed(ExpenditureByType e) {
        return e != null && (e.basic() != null || e.project() != null);
    }

    private static List<Cell> cells(String code, String name, ExpenditureByType e, AmountUnit u) {
        if (e == null) {
            return Cells.row(Cells.text(code), Cells.text(name), null, null, null);
        }
        return Cells.row(Cells.text(code), Cells.text(name), Cells.amount(Amounts.sum(e.basic(), e.project()), u),
                Cells.amount(e.basic(), u), Cells.amount(e.project(), u));
    }
}
