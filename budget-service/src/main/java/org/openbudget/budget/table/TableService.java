package org.openbudget.budget.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.budget.classification.ClassificationService;
import org.openbudget.budget.classification.Scheme;
import org.openbudget.budget.departmentbudget.BudgetReads;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.disclosure.money.AmountUnit;

/**
 * Gathers a stored budget (in 元) and its year's catalog into a {@link TableInput}: the adjustment the caller may
 * read ({@link BudgetReads}), so that a table never prints a draft's figures to an outsider.
 */
@ApplicationScoped
public class TableService {

    private final BudgetReads budgets;
    private final ClassificationService catalogs;

    public TableService(BudgetReads budgets, ClassificationService catalogs) {
        this.budgets = budgets;
        this.catalogs = catalogs;
    }

    /** The current adjustment (for outsiders the latest published one), or the one asked for. */
    @Transactional
    public TableInput input(String dept, int year, Integer adjustment) {
        BudgetDocument budget = budgets.chosen(dept, year, adjustment, AmountUnit.YUAN);
        return new TableInput(budget.department(), budget.departmentName(), budget.year(), budget.content(),
                catalogs.catalog(Scheme.FUNCTIONAL, year).topLevel());
    }
}
