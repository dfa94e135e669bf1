package org.openbudget.budget.validation;

import org.openbudget.budget.document.BudgetDocument;

import java.util.Comparator;
import java.util.List;

/** Runs every rule over a budget and assembles the report, errors first. Plain Java. */
public final class BudgetValidator {

    public static final List<Rule> RULES = List.of(
            new CodeRule(),
            new FunctionalSumRule(),
            new EconomicSumRule(),
            new TotalsRule(),
            new ThreePublicRule(),
            new LineBalanceRule(),
            new PriorYearRule());

    private BudgetValidator() {
    }

    /** @param budget the budget in 元 */
    public static ValidationReport validate(BudgetDocument budget, ValidationInput input) {
        List<Finding> findings = RULES.stream().flatMap(r -> r.check(input).stream())
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::rule))
                .toList();
        return new ValidationReport(budget.department(), budget.year(), budget.adjustment(), budget.version(),
                budget.status(), input.inputUnit().label(),
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.ROUNDING_INFO),
                findings);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
