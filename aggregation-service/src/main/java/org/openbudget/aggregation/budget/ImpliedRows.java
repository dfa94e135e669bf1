package org.openbudget.aggregation.budget;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.Codes;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.Sums;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A budget as the county aggregation reads it: every 类 and 款 a printed row implies but the budget does not print
 * is added as the sum of its children (201 ← 20103 ← 2010301). budget-service stores such a draft (it reports
 * {@code parent-missing}); completed, it still rolls up at 类 and 款 and has a 合计. Printed rows are kept as printed.
 */
public final class ImpliedRows {

    private ImpliedRows() {
    }

    public static BudgetContent complete(BudgetContent content) {
        return new BudgetContent(content.unit(), content.revenue(), content.carryOver(),
                new FunctionalSection(content.functional().total(), functional(content.functional().lines())),
                new EconomicSection(content.economic().total(), economic(content.economic().lines())),
                content.threePublic(), content.priorYear());
    }

    private static List<FunctionalLine> functional(List<FunctionalLine> printed) {
        TreeMap<String, FunctionalLine> rows = new TreeMap<>();
        printed.forEach(l -> rows.put(l.code(), l));
        for (int length : new int[]{5, 3}) {
            for (String parent : missingParents(rows, length)) {
                List<FunctionalFigures> children = children(rows, parent).stream().map(FunctionalLine::figures).toList();
                FunctionalFigures sum = Sums.functional(children);
                rows.put(parent, new FunctionalLine(parent, null, sum.revenue(), sum.expenditure()));
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static List<EconomicLine> economic(List<EconomicLine> printed) {
        TreeMap<String, EconomicLine> rows = new TreeMap<>();
        printed.forEach(l -> rows.put(l.code(), l));
        for (String parent : missingParents(rows, 3)) {
            var sum = Sums.economic(children(rows, parent).stream().map(EconomicLine::figures).toList());
            rows.put(parent, new EconomicLine(parent, null, sum.personnel(), sum.publicUse()));
        }
        return new ArrayList<>(rows.values());
    }

    /** Codes of {@code length} that a longer code implies but no row has. */
    private static List<String> missingParents(Map<String, ?> rows, int length) {
        return rows.keySet().stream().filter(c -> c.length() > length).map(c -> c.substring(0, length))
                .filter(p -> !rows.containsKey(p)).distinct().toList();
    }

    private static <L> List<L> children(TreeMap<String, L> rows, String parent) {
        return rows.subMap(parent, parent + Character.MAX_VALUE).entrySet().stream()
                .filter(e -> Codes.isChild(parent, e.getKey())).map(Map.Entry::getValue).toList();
    }
}
