package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.document.BudgetDocument;

/**
 * Produces the validation report that travels with each {@code DepartmentBudgetChanged}, so that the
 * aggregation service's consistency report can show budget-service's own findings without re-deriving them.
 * An interface because validation needs this package, not the other way round.
 */
public interface BudgetReviewer {

    /** The report (a JSON-serialisable value) of a budget given in 元. */
    Object review(BudgetDocument budgetInYuan);
}
