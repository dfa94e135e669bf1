package org.openbudget.disclosure.validation;

import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule over a budget, errors first. Plain Java: budget-service runs it on a stored budget, aggregation-service
 * on an uploaded document (its check endpoint), so that both find the same.
 */
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

    /** @param input the budget in 元 with the unit it was entered in and its year's catalogs */
    public static List<Finding> findings(ValidationInput input) {
        return RULES.stream().flatMap(r -> r.check(input).stream())
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::rule))
                .toList();
    }

    public static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
