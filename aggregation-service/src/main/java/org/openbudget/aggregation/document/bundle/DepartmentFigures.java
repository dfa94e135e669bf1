package org.openbudget.aggregation.document.bundle;

import org.openbudget.aggregation.budget.BudgetTotals;
import org.openbudget.aggregation.budget.ImpliedRows;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.disclosure.budget.Sums;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One department's line of the county summary, in exact 元 (rounded to 万元 only when printed, so county
 * totals add 元, not rounded cells). The budget's figures are {@link BudgetTotals}, the ones the county dashboard
 * adds up. {@code input} null: the department has no budget in the scope.
 */
public record DepartmentFigures(String code, String name, String status, Map<String, BigDecimal> amounts,
                                Map<String, BigDecimal> byClass, Map<String, String> classNames) {

    /** The summary's amount columns, in order. */
    public static final String[] COLUMNS = {"收入总计", "支出合计", "基本支出", "项目支出", "人员经费", "公用经费（机关运行经费）",
            "“三公”经费", "政府采购预算", "固定资产总额"};

    public static DepartmentFigures missing(String code, String name) {
        return new DepartmentFigures(code, name, null, Map.of(), Map.of(), Map.of());
    }

    public static DepartmentFigures of(DocumentInput in) {
        BudgetTotals totals = BudgetTotals.of(in.budget().content());
        Map<String, BigDecimal> a = new LinkedHashMap<>();
        a.put(COLUMNS[0], totals.revenueTotal());
        a.put(COLUMNS[1], totals.expenditure());
        a.put(COLUMNS[2], totals.basic());
        a.put(COLUMNS[3], totals.project());
        a.put(COLUMNS[4], totals.personnel());
        a.put(COLUMNS[5], totals.publicUse());
        a.put(COLUMNS[6], totals.threePublic());
        a.put(COLUMNS[7], in.plan() == null ? null : in.plan().total());
        a.put(COLUMNS[8], in.holding() == null ? null : in.holding().totalValue());
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        // by 类 as the dashboard's functional.类 adds them up
        ImpliedRows.complete(in.budget().content()).functional().lines().stream().filter(l -> l.code().length() == 3).forEach(l -> {
            byClass.put(l.code(), Sums.expenditureOf(l).total());
            names.put(l.code(), l.name());
        });
        return new DepartmentFigures(in.profile().code(), in.profile().name(), in.budget().header().status(), a, byClass, names);
    }

    public boolean hasBudget() {
        return status != null;
    }
}
