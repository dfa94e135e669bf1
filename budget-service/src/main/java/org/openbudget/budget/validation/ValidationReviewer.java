package org.openbudget.budget.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.budget.departmentbudget.BudgetReviewer;

/** The validation report for the event (see {@link BudgetReviewer}). */
@ApplicationScoped
public class ValidationReviewer implements BudgetReviewer {

    // lazy: ValidationService needs BudgetService (through BudgetReads), which needs this reviewer
    private final Instance<ValidationService> validation;

    public ValidationReviewer(Instance<ValidationService> validation) {
        this.validation = validation;
    }

    @Override
    public ValidationReport review(BudgetDocument budgetInYuan) {
        return validation.get().report(budgetInYuan);
    }
}
