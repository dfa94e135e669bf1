package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.ByType;
import org.openbudget.aggregation.document.source.BudgetData.EconomicFigures;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalExpenditure;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalFigures;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalLine;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalRevenue;
import org.openbudget.aggregation.document.source.BudgetData.ThreePublicLine;
import org.openbudget.aggregation.document.source.Sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The figures a document prints without the budget storing them: a 合计 that was not given is the sum of
 * the 类 rows; a "三公" parent that was not given is the sum of its children. A printed 合计 that was given
 * is kept as given (a 万元 document rounds it by itself).
 */
public final class BudgetFigures {

    private BudgetFigures() {
    }

    /** The functional 合计 as printed, or the sum of the 类 rows. */
    public static FunctionalFigures functionalTotal(BudgetData budget) {
        FunctionalFigures stated = budget.functional().total();
        if (stated != null && (stated.revenue() != null || stated.expenditure() != null)) {
            return stated;
        }
        List<FunctionalLine> classes = budget.functional().lines().stream().filter(l -> l.code().length() == 3).toList();
        return new FunctionalFigures(
                revenue(classes.stream().map(l -> l.figures().revenueOrBlank()).toList()),
                expenditure(classes.stream().map(l -> l.figures().expenditureOrBlank()).toList()));
    }

    /** Table 6's 合计 as printed, or the sum of its 类 rows. */
    public static EconomicFigures economicTotal(BudgetData budget) {
        EconomicFigures stated = budget.economic().total();
        if (stated != null && (stated.personnel() != null || stated.publicUse() != null)) {
            return stated;
        }
        List<EconomicFigures> classes = budget.economic().lines().stream().filter(l -> l.code().length() == 3)
                .map(BudgetData.EconomicLine::figures).toList();
        return new EconomicFigures(sum(classes, EconomicFigures::personnel), sum(classes, EconomicFigures::publicUse));
    }

    /** Every "三公" row: as given, or — for a parent not given — the sum of its children; a leaf not given is blank. */
    public static Map<ThreePublicItem, ThreePublicLine> threePublic(BudgetData budget) {
        Map<ThreePublicItem, ThreePublicLine> given = new EnumMap<>(ThreePublicItem.class);
        budget.threePublic().forEach(l -> ThreePublicItem.of(l.item()).ifPresent(i -> given.put(i, l)));
        Map<ThreePublicItem, ThreePublicLine> all = new EnumMap<>(ThreePublicItem.class);
        for (ThreePublicItem item : ThreePublicItem.values()) {
            all.put(item, resolve(item, given));
        }
        return all;
    }

    private static ThreePublicLine resolve(ThreePublicItem item, Map<ThreePublicItem, ThreePublicLine> given) {
        ThreePublicLine stated = given.get(item);
        if (stated != null) {
            return stated;
        }
        if (item.children().isEmpty()) {
            return new ThreePublicLine(item.wire(), null, null, null);
        }
        List<ThreePublicLine> children = item.children().stream().map(c -> resolve(c, given)).toList();
        return new ThreePublicLine(item.wire(), sum(children, ThreePublicLine::generalBudget),
                sum(children, ThreePublicLine::governmentFund), sum(children, ThreePublicLine::stateCapital));
    }

    public static FunctionalRevenue revenue(Collection<FunctionalRevenue> rows) {
        return new FunctionalRevenue(sum(rows, FunctionalRevenue::appropriation), sum(rows, FunctionalRevenue::specialAccount),
                sum(rows, FunctionalRevenue::institution), sum(rows, FunctionalRevenue::institutionOperating),
                sum(rows, FunctionalRevenue::superiorSubsidy), sum(rows, FunctionalRevenue::affiliatedRemittance),
                sum(rows, FunctionalRevenue::other), sum(rows, FunctionalRevenue::carryOver));
    }

    public static FunctionalExpenditure expenditure(Collection<FunctionalExpenditure> rows) {
        return new FunctionalExpenditure(
                byType(rows.stream().map(FunctionalExpenditure::generalBudget).toList()),
                byType(rows.stream().map(FunctionalExpenditure::governmentFund).toList()),
                byType(rows.stream().map(FunctionalExpenditure::stateCapital).toList()),
                byType(rows.stream().map(FunctionalExpenditure::other).toList()));
    }

    private static ByType byType(List<ByType> rows) {
        List<ByType> present = rows.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return new ByType(sum(present, ByType::basic), sum(present, ByType::project), sum(present, ByType::operating),
                sum(present, ByType::superiorRemittance), sum(present, ByType::affiliateSubsidy));
    }

    private static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> cell) {
        return Sum.of(items.stream().filter(Objects::nonNull).map(cell).toList());
    }
}
