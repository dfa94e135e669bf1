package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.classification.FunctionalClass;
import org.openbudget.disclosure.classification.FunctionalClasses;

import java.util.List;

/**
 * Everything a table is computed from.
 *
 * @param content           the budget in 元 (rounding to the printed unit happens per cell, at the end)
 * @param functionalClasses the functional 类 printed as rows of tables 1 and 4 even when empty: the year's catalog
 *                          where one is at hand, else {@link FunctionalClasses#all()}
 */
public record TableInput(BudgetContent content, List<FunctionalClass> functionalClasses) {

    /** With the model's own 类 list. */
    public static TableInput of(BudgetContent content) {
        return new TableInput(content, FunctionalClasses.all());
    }
}
