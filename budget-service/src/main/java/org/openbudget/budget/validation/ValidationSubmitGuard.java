package org.openbudget.budget.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.openbudget.budget.departmentbudget.SubmitGuard;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.validation.Severity;

import java.util.List;

/** A draft whose validation report has errors is not submitted: 409 listing the errors by their first cell. */
@ApplicationScoped
public class ValidationSubmitGuard implements SubmitGuard {

    // lazy: ValidationService needs BudgetService (through BudgetReads), which needs this guard
    private final Instance<ValidationService> validation;

    public ValidationSubmitGuard(Instance<ValidationService> validation) {
        this.validation = validation;
    }

    @Override
    public void check(BudgetDocument budgetInYuan) {
        ValidationReport report = validation.get().report(budgetInYuan);
        if (report.errors() == 0) {
            return;
        }
        List<FieldError> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new FieldError(f.cells().isEmpty() ? f.rule() : f.cells().get(0), f.rule() + ": " + f.message()))
                .toList();
        throw new ProblemException(409, "budget-invalid", "Budget has errors",
                "the budget cannot be submitted: its validation report has " + report.errors() + " error(s); see GET …/validation",
                errors);
    }
}
