package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.document.BudgetDocument;

/** Decides whether a draft may be submitted (the validation report must have no error). */
public interface SubmitGuard {

    /** Throws a problem when the budget may not be submitted. */
    void check(BudgetDocument budgetInYuan);
}
