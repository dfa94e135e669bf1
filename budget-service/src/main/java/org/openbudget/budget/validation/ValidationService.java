package org.openbudget.budget.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.budget.classification.ClassificationService;
import org.openbudget.budget.classification.Scheme;
import org.openbudget.budget.departmentbudget.BudgetService;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.budget.money.AmountUnit;
import org.openbudget.common.problem.ProblemException;

import java.util.Optional;

/** Gathers a stored budget and its year's catalogs and runs {@link BudgetValidator}. */
@ApplicationScoped
public class ValidationService {

    private final BudgetService budgets;
    private final ClassificationService catalogs;

    public ValidationService(BudgetService budgets, ClassificationService catalogs) {
        this.budgets = budgets;
        this.catalogs = catalogs;
    }

    @Transactional
    public ValidationReport report(String dept, int year, Integer adjustment) {
        Optional<BudgetDocument> doc = adjustment == null
                ? budgets.current(dept, year, AmountUnit.YUAN)
                : budgets.adjustment(dept, year, adjustment, AmountUnit.YUAN);
        return report(doc.orElseThrow(() -> ProblemException.notFound("no budget of department " + dept + " for " + year
                + (adjustment == null ? "" : ", adjustment " + adjustment))));
    }

    /** @param budget in 元 */
    @Transactional
    public ValidationReport report(BudgetDocument budget) {
        return BudgetValidator.validate(budget, new ValidationInput(budget.content(), budget.inputUnit(),
                catalogs.catalog(Scheme.FUNCTIONAL, budget.year()), catalogs.catalog(Scheme.ECONOMIC, budget.year())));
    }
}
