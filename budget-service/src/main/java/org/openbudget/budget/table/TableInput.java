package org.openbudget.budget.table;

import org.openbudget.budget.classification.CatalogEntry;
import org.openbudget.disclosure.budget.BudgetContent;

import java.util.List;

/**
 * Everything a table is computed from.
 *
 * @param content           the budget in 元 (rounding to the printed unit happens per cell, at the end)
 * @param functionalClasses the functional 类 of the year's catalog, printed as rows of tables 1 and 4 even when empty
 */
public record TableInput(String department, String departmentName, int year, BudgetContent content,
                         List<CatalogEntry> functionalClasses) {
}
