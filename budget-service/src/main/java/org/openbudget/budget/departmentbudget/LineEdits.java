package org.openbudget.budget.departmentbudget;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Single-line edits as functions of the whole content: the whole-document path then stores them. */
public final class LineEdits {

    private LineEdits() {
    }

    public static UnaryOperator<BudgetContent> putFunctional(FunctionalLine line) {
        return c -> with(c, new FunctionalSection(c.functional().total(),
                replace(c.functional().lines(), line, FunctionalLine::code)), c.economic());
    }

    public static UnaryOperator<BudgetContent> removeFunctional(String code) {
        return c -> with(c, new FunctionalSection(c.functional().total(),
                remove(c.functional().lines(), code, FunctionalLine::code, "functional line")), c.economic());
    }

    public static UnaryOperator<BudgetContent> putEconomic(EconomicLine line) {
        return c -> with(c, c.functional(), new EconomicSection(c.economic().total(),
                replace(c.economic().lines(), line, EconomicLine::code)));
    }

    public static UnaryOperator<BudgetContent> removeEconomic(String code) {
        return c -> with(c, c.functional(), new EconomicSection(c.economic().total(),
                remove(c.economic().lines(), code, EconomicLine::code, "economic line")));
    }

    public static UnaryOperator<BudgetContent> putThreePublic(ThreePublicLine line) {
        return c -> new BudgetContent(c.unit(), c.revenue(), c.carryOver(), c.functional(), c.economic(),
                replace(c.threePublic(), line, ThreePublicLine::item), c.priorYear());
    }

    public static UnaryOperator<BudgetContent> removeThreePublic(ThreePublicItem item) {
        return c -> new BudgetContent(c.unit(), c.revenue(), c.carryOver(), c.functional(), c.economic(),
                remove(c.threePublic(), item, ThreePublicLine::item, "三公 line"), c.priorYear());
    }

    public static UnaryOperator<BudgetContent> putPriorYear(PriorYearFigure figure) {
        return c -> new BudgetContent(c.unit(), c.revenue(), c.carryOver(), c.functional(), c.economic(),
                c.threePublic(), replace(c.priorYear(), figure, PriorYearFigure::item));
    }

    public static UnaryOperator<BudgetContent> removePriorYear(PriorYearItem item) {
        return c -> new BudgetContent(c.unit(), c.revenue(), c.carryOver(), c.functional(), c.economic(),
                c.threePublic(), remove(c.priorYear(), item, PriorYearFigure::item, "prior-year figure"));
    }

    public static UnaryOperator<BudgetContent> putRevenue(Revenue revenue) {
        return c -> new BudgetContent(c.unit(), revenue, c.carryOver(), c.functional(), c.economic(),
                c.threePublic(), c.priorYear());
    }

    public static UnaryOperator<BudgetContent> putCarryOver(CarryOver carryOver) {
        return c -> new BudgetContent(c.unit(), c.revenue(), carryOver, c.functional(), c.economic(),
                c.threePublic(), c.priorYear());
    }

    private static BudgetContent with(BudgetContent c, FunctionalSection functional, EconomicSection economic) {
        return new BudgetContent(c.unit(), c.revenue(), c.carryOver(), functional, economic, c.threePublic(), c.priorYear());
    }

    private static <T, K> List<T> replace(List<T> items, T item, Function<T, K> key) {
        List<T> out = new ArrayList<>(items.size() + 1);
        boolean replaced = false;
        for (T existing : items) {
            if (Objects.equals(key.apply(existing), key.apply(item))) {
                out.add(item);
                replaced = true;
            } else {
                out.add(existing);
            }
        }
        if (!replaced) {
            out.add(item);
        }
        return out;
    }

    private static <T, K> List<T> remove(List<T> items, K k, Function<T, K> key, String what) {
        List<T> out = items.stream().filter(i -> !Objects.equals(key.apply(i), k)).toList();
        if (out.size() == items.size()) {
            throw ProblemException.notFound(what + " " + k + " is not in the budget");
        }
        return out;
    }
}
