package org.openbudget.budget.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.budget.classification.ClassificationService;
import org.openbudget.budget.classification.Scheme;
import org.openbudget.budget.departmentbudget.BudgetReads;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.validation.ValidationInput;

/** Gathers a stored budget and its year's catalogs and runs disclosure-model's validator ({@link ValidationReport#of}). */
@ApplicationScoped
public class ValidationService {

    private final BudgetReads budgets;
    private final ClassificationService catalogs;

    public ValidationService(BudgetReads budgets, ClassificationService catalogs) {
        this.budgets = budgets;
        this.catalogs = catalogs;
    }

    /** The report of the adjustment the caller may read ({@link BudgetReads}): a draft's findings are its figures. */
    @Transactional
    public ValidationReport report(String dept, int year, Integer adjustment) {
        return report(budgets.chosen(dept, year, adjustment, AmountUnit.YUAN));
    }

    /** @param budget in 元 */
    @Transactional
    public ValidationReport report(BudgetDocument budget) {
        return ValidationReport.of(budget, new ValidationInput(budget.content(), budget.inputUnit(),
                catalogs.catalog(Scheme.FUNCTIONAL, budget.year()), catalogs.catalog(Scheme.ECONOMIC, budget.year())));
    }
}
