package org.openbudget.budget.table;

import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables 5, 7 and 8 — the expenditure of one appropriation fund per functional code: 合计 = 基本支出 + 项目支出.
 * Only rows with a figure of that fund are printed; a fund without any gives the empty table with its note.
 * <ul>
 *   <li>5 一般公共预算财政拨款支出表 ({@link #table5()})</li>
 *   <li>7 政府性基金预算财政拨款支出表 ({@link #table7()})</li>
 *   <li>8 国有资本经营预算财政拨款支出表 ({@link #table8()})</li>
 * </ul>
 */
public class FundExpenditureTable implements TableBuilder {

    private final int number;
    private final Fund fund;
    private final String name;

    private FundExpenditureTable(int number, Fund fund, String name) {
        this.number = number;
        this.fund = fund;
        this.name = name;
    }

    public static FundExpenditureTable table5() {
        return new FundExpenditureTable(5, Fund.GENERAL_BUDGET, "一般公共预算");
    }

    /** The seed prints this title and note without 性 ("政府基金", defect S3); we print the correct name. */
    public static FundExpenditureTable table7() {
        return new FundExpenditureTable(7, Fund.GOVERNMENT_FUND, "政府性基金预算");
    }

    public static FundExpenditureTable table8() {
        return new FundExpenditureTable(8, Fund.STATE_CAPITAL, "国有资本经营预算");
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String title() {
        return "部门预算" + name + "财政拨款支出表";
    }

    @Override
    public DisclosureTable build(TableInput in, AmountUnit unit) {
        List<TableRow> rows = new ArrayList<>();
        ExpenditureByType total = Sums.expenditureOf(Sums.functionalTotal(in.content())).fund(fund);
        List<FunctionalLine> lines = in.content().functional().lines().stream()
                .filter(l -> printed(Sums.expenditureOf(l).fund(fund))).toList();
        if (!lines.isEmpty() || printed(total)) {
            rows.add(new TableRow(1, cells(null, "合计", total, unit)));
            for (FunctionalLine line : lines) {
                rows.add(new TableRow(rows.size() + 1, cells(line.code(), line.name(), Sums.expenditureOf(line).fund(fund), unit)));
            }
        }
        return Cells.table(this, in, unit, List.of(
                        Cells.col(1, "科目编码", "功能分类科目"), Cells.col(2, "科目名称", "功能分类科目"),
                        Cells.col(3, "合计", null), Cells.col(4, "基本支出", null), Cells.col(5, "项目支出", null)),
                rows, rows.isEmpty() ? "注：无" + name + "财政拨款预算，空表列示。" : null);
    }

    private static boolean printed(ExpenditureByType e) {
        return e != null && (e.basic() != null || e.project() != null);
    }

    private static List<String> cells(String code, String name, ExpenditureByType e, AmountUnit u) {
        if (e == null) {
            return Cells.row(code, name, null, null, null);
        }
        return Cells.row(code, name, Cells.amount(Amounts.sum(e.basic(), e.project()), u),
                Cells.amount(e.basic(), u), Cells.amount(e.project(), u));
    }
}
