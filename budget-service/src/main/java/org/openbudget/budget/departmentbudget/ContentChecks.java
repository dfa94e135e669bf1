package org.openbudget.budget.departmentbudget;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The input rules Bean Validation cannot express: a code or item appears once. Then puts the content in
 * its canonical order (codes ascending, so every parent precedes its children; items in table order), so
 * that the stored document, its tables and an identical re-PUT all agree.
 */
public final class ContentChecks {

    private ContentChecks() {
    }

    public static BudgetContent canonical(BudgetContent content) {
        List<FieldError> errors = new ArrayList<>();
        unique(content.functional().lines(), FunctionalLine::code, "functional.lines", "code", errors);
        unique(content.economic().lines(), EconomicLine::code, "economic.lines", "code", errors);
        unique(content.threePublic(), ThreePublicLine::item, "threePublic", "item", errors);
        unique(content.priorYear(), PriorYearFigure::item, "priorYear", "item", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new BudgetContent(content.unit(), content.revenue(), content.carryOver(),
                new FunctionalSection(content.functional().total(),
                        sorted(content.functional().lines(), Comparator.comparing(FunctionalLine::code))),
                new EconomicSection(content.economic().total(),
                        sorted(content.economic().lines(), Comparator.comparing(EconomicLine::code))),
                sorted(content.threePublic(), Comparator.comparing(ThreePublicLine::item)),
                sorted(content.priorYear(), Comparator.comparing(PriorYearFigure::item)));
    }

    private static <T, K> void unique(List<T> items, Function<T, K> key, String path, String field, List<FieldError> errors) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            K k = key.apply(items.get(i));
            if (k != null && !seen.add(k)) {
                errors.add(new FieldError(path + "[" + i + "]." + field, "duplicate " + field + " " + k));
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }
}
