package org.openbudget.budget.validation;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.departmentbudget.SubmitGuard;
import org.openbudget.budget.document.BudgetDocument;

@ApplicationScoped
public class ValidationSubmitGuard implements SubmitGuard {
    @Override
    public void check(BudgetDocument budgetInYuan) {
    }
}
