package org.openbudget.budget.table;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.budget.classification.CatalogEntry;
import org.openbudget.budget.classification.ClassificationService;
import org.openbudget.budget.classification.Scheme;
import org.openbudget.budget.departmentbudget.BudgetReads;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.disclosure.classification.FunctionalClass;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.table.TableBuilder;
import org.openbudget.disclosure.table.TableInput;

import java.util.List;

/**
 * Gathers a stored budget (in 元) and its year's catalog 类 into the disclosure model's {@link TableInput}: the
 * adjustment the caller may read ({@link BudgetReads}), so that a table never prints a draft's figures to an outsider.
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
    public TableSource input(String dept, int year, Integer adjustment) {
        BudgetDocument budget = budgets.chosen(dept, year, adjustment, AmountUnit.YUAN);
        // the year's catalog is the truth of which 类 tables 1 and 4 print
        List<FunctionalClass> classes = catalogs.catalog(Scheme.FUNCTIONAL, year).topLevel().stream()
                .map(TableService::functionalClass).toList();
        return new TableSource(budget.department(), budget.departmentName(), budget.year(),
                new TableInput(budget.content(), classes));
    }

    /** A budget ready to be printed: the header facts and what the model builds the tables from. */
    public record TableSource(String department, String departmentName, int year, TableInput input) {

        public TableView view(TableBuilder builder, AmountUnit unit) {
            return TableView.of(department, departmentName, year, builder.build(input, unit));
        }
    }

    private static FunctionalClass functionalClass(CatalogEntry entry) {
        return new FunctionalClass(entry.code(), entry.name());
    }
}
