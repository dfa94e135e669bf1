package org.openbudget.disclosure.budget;

import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Cell-by-cell sums of figure groups, and the figures a document prints without storing them: a 合计 row
 * that was not given is the sum of the 类 rows; a "三公" parent that was not given is the sum of its children.
 * The one place these are derived: tables, validation, roll-ups and documents all read them from here.
 */
public final class Sums {

    private Sums() {
    }

    private static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> cell) {
        return Amounts.sum(items.stream().filter(Objects::nonNull).map(cell).toList());
    }

    public static FunctionalRevenue revenue(Collection<FunctionalRevenue> rows) {
        return new FunctionalRevenue(sum(rows, FunctionalRevenue::appropriation), sum(rows, FunctionalRevenue::specialAccount),
                sum(rows, FunctionalRevenue::institution), sum(rows, FunctionalRevenue::institutionOperating),
                sum(rows, FunctionalRevenue::superiorSubsidy), sum(rows, FunctionalRevenue::affiliatedRemittance),
                sum(rows, FunctionalRevenue::other), sum(rows, FunctionalRevenue::carryOver));
    }

    public static ExpenditureByType byType(Collection<ExpenditureByType> rows) {
        return new ExpenditureByType(sum(rows, ExpenditureByType::basic), sum(rows, ExpenditureByType::project),
                sum(rows, ExpenditureByType::operating), sum(rows, ExpenditureByType::superiorRemittance),
                sum(rows, ExpenditureByType::affiliateSubsidy));
    }

    public static FunctionalExpenditure expenditure(Collection<FunctionalExpenditure> rows) {
        List<FunctionalExpenditure> present = rows.stream().filter(Objects::nonNull).toList();
        return new FunctionalExpenditure(
                byType(present.stream().map(FunctionalExpenditure::generalBudget).toList()),
                byType(present.stream().map(FunctionalExpenditure::governmentFund).toList()),
                byType(present.stream().map(FunctionalExpenditure::stateCapital).toList()),
                byType(present.stream().map(FunctionalExpenditure::other).toList()));
    }

    public static FunctionalFigures functional(Collection<FunctionalFigures> rows) {
        return new FunctionalFigures(revenue(rows.stream().map(FunctionalFigures::revenue).toList()),
                expenditure(rows.stream().map(FunctionalFigures::expenditure).toList()));
    }

    public static EconomicFigures economic(Collection<EconomicFigures> rows) {
        return new EconomicFigures(sum(rows, EconomicFigures::personnel), sum(rows, EconomicFigures::publicUse));
    }

    /** The functional 合计 as printed, or the sum of the 类 rows. Never null (all blank when there is nothing). */
    public static FunctionalFigures functionalTotal(BudgetContent content) {
        FunctionalFigures stated = content.functional().total();
        return stated != null ? stated : sumOfClasses(content);
    }

    public static FunctionalFigures sumOfClasses(BudgetContent content) {
        return functional(content.functional().lines().stream().filter(l -> l.code().length() == 3)
                .map(FunctionalLine::figures).toList());
    }

    public static FunctionalRevenue revenueOf(FunctionalFigures figures) {
        return figures.revenue() != null ? figures.revenue() : revenue(List.of());
    }

    public static FunctionalExpenditure expenditureOf(FunctionalFigures figures) {
        return figures.expenditure() != null ? figures.expenditure() : new FunctionalExpenditure(null, null, null, null);
    }

    public static FunctionalRevenue revenueOf(FunctionalLine line) {
        return line.revenue() != null ? line.revenue() : revenue(List.of());
    }

    public static FunctionalExpenditure expenditureOf(FunctionalLine line) {
        return line.expenditure() != null ? line.expenditure() : new FunctionalExpenditure(null, null, null, null);
    }

    /** The table 6 合计 as printed, or the sum of the 类 rows. */
    public static EconomicFigures economicTotal(BudgetContent content) {
        EconomicFigures stated = content.economic().total();
        return stated != null ? stated : sumOfEconomicClasses(content);
    }

    public static EconomicFigures sumOfEconomicClasses(BudgetContent content) {
        return economic(content.economic().lines().stream().filter(l -> l.code().length() == 3)
                .map(EconomicLine::figures).toList());
    }

    /**
     * Every "三公" row as table 9, the roll-ups and the documents print it (docs/DESIGN.md §3):
     * <ul>
     *   <li>a row given with at least one figure is printed as given; a row whose funds are all blank counts as not
     *   given (as an all-blank group does elsewhere in the document);</li>
     *   <li>合计 and "三公"经费小计 are one figure — the 合计 has only the 小计 under it — so either one given fills
     *   the other;</li>
     *   <li>any other parent not given is the sum of its children; a leaf not given is blank.</li>
     * </ul>
     */
    public static Map<ThreePublicItem, ThreePublicLine> threePublic(BudgetContent content) {
        Map<ThreePublicItem, ThreePublicLine> given = new EnumMap<>(ThreePublicItem.class);
        content.threePublic().stream().filter(l -> !l.isBlank()).forEach(l -> given.put(l.item(), l));
        ThreePublicLine total = given.get(ThreePublicItem.TOTAL);
        if (total != null && !given.containsKey(ThreePublicItem.SUBTOTAL)) {
            given.put(ThreePublicItem.SUBTOTAL, new ThreePublicLine(ThreePublicItem.SUBTOTAL, total.generalBudget(),
                    total.governmentFund(), total.stateCapital()));
        }
        return resolveAll(given);
    }

    /**
     * Every "三公" row exactly as given (a blank row too), a parent not given being the sum of its children: what
     * validation checks a stated parent against, so that a 合计 given alone is still compared with 一、二、三.
     */
    public static Map<ThreePublicItem, ThreePublicLine> threePublicAsStated(BudgetContent content) {
        Map<ThreePublicItem, ThreePublicLine> given = new EnumMap<>(ThreePublicItem.class);
        content.threePublic().forEach(l -> given.put(l.item(), l));
        return resolveAll(given);
    }

    private static Map<ThreePublicItem, ThreePublicLine> resolveAll(Map<ThreePublicItem, ThreePublicLine> given) {
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
            return new ThreePublicLine(item, null, null, null);
        }
        List<ThreePublicLine> children = item.children().stream().map(c -> resolve(c, given)).toList();
        return new ThreePublicLine(item, sum(children, ThreePublicLine::generalBudget),
                sum(children, ThreePublicLine::governmentFund), sum(children, ThreePublicLine::stateCapital));
    }
}
