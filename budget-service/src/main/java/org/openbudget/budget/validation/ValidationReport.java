package org.openbudget.budget.validation;

import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.disclosure.validation.BudgetValidator;
import org.openbudget.disclosure.validation.Finding;
import org.openbudget.disclosure.validation.Severity;
import org.openbudget.disclosure.validation.ValidationInput;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.util.List;

/**
 * The validation report of one department-year budget (docs/DESIGN.md §3–§4, the budget-internal checks).
 *
 * @param unit figures of the findings are in this unit (the unit the budget was entered in)
 */
public record ValidationReport(String department, int year, int adjustment, long version, WorkflowStatus status,
                               String unit, int errors, int warnings, int roundingInfos, List<Finding> findings) {

    /** Runs disclosure-model's {@link BudgetValidator} over {@code budget} (in 元). */
    public static ValidationReport of(BudgetDocument budget, ValidationInput input) {
        List<Finding> findings = BudgetValidator.findings(input);
        return new ValidationReport(budget.department(), budget.year(), budget.adjustment(), budget.version(),
                budget.status(), input.inputUnit().label(), BudgetValidator.count(findings, Severity.ERROR),
                BudgetValidator.count(findings, Severity.WARNING), BudgetValidator.count(findings, Severity.ROUNDING_INFO),
                findings);
    }
}
