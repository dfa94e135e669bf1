package org.openbudget.aggregation.document.bundle;

import org.openbudget.aggregation.document.narrative.ProcurementSection;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.ExpenditureType;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.Sum;
import org.openbudget.aggregation.document.table.BudgetFigures;
import org.openbudget.aggregation.document.table.ThreePublicItem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One department's line of the county summary, in exact 元 (rounded to 万元 only when printed, so county
 * totals add 元, not rounded cells). {@code input} null: the department has no budget in the scope.
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
        BudgetData b = in.budget();
        var expenditure = BudgetFigures.functionalTotal(b).expenditureOrBlank();
        var economic = BudgetFigures.economicTotal(b);
        Map<String, BigDecimal> a = new LinkedHashMap<>();
        a.put(COLUMNS[0], Sum.of(b.revenue().total(), b.carryOver().priorYear()));
        a.put(COLUMNS[1], expenditure.total());
        a.put(COLUMNS[2], expenditure.type(ExpenditureType.BASIC));
        a.put(COLUMNS[3], expenditure.type(ExpenditureType.PROJECT));
        a.put(COLUMNS[4], economic.personnel());
        a.put(COLUMNS[5], economic.publicUse());
        a.put(COLUMNS[6], BudgetFigures.threePublic(b).get(ThreePublicItem.TOTAL).total());
        a.put(COLUMNS[7], in.plan() == null ? null : ProcurementSection.total(in.plan()));
        a.put(COLUMNS[8], in.holding() == null ? null : in.holding().totalValue());
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        b.functional().lines().stream().filter(l -> l.code().length() == 3).forEach(l -> {
            byClass.put(l.code(), l.figures().expenditureOrBlank().total());
            names.put(l.code(), l.name());
        });
        return new DepartmentFigures(in.profile().code(), in.profile().name(), b.status(), a, byClass, names);
    }

    public boolean hasBudget() {
        return status != null;
    }
}
