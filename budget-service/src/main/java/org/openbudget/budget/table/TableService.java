package org.openbudget.budget.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.budget.classification.ClassificationService;
import org.openbudget.budget.classification.Scheme;
import org.openbudget.budget.departmentbudget.BudgetService;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.budget.money.AmountUnit;
import org.openbudget.common.problem.ProblemException;

import java.util.Optional;

/** Gathers a stored budget (in 元) and its year's catalog into a {@link TableInput}. */
@ApplicationScoped
public class TableService {

    private final BudgetService budgets;
    private final ClassificationService catalogs;

    public TableService(BudgetService budgets, ClassificationService catalogs) {
        this.budgets = budgets;
        this.catalogs = catalogs;
    }

    /** The current adjustment, or the one asked for. */
    @Transactional
    public TableInput input(String dept, int year, Integer adjustment) {
        Optional<BudgetDocument> doc = adjustment == null
                ? budgets.current(dept, year, AmountUnit.YUAN)
                : budgets.adjustment(dept, year, adjustment, AmountUnit.YUAN);
        BudgetDocument budget = doc.orElseThrow(() -> ProblemException.notFound("no budget of department " + dept
                + " for " + year + (adjustment == null ? "" : ", adjustment " + adjustment)));
        return new TableInput(budget.department(), budget.departmentName(), budget.year(), budget.content(),
                catalogs.catalog(Scheme.FUNCTIONAL, year).topLevel());
    }
}
