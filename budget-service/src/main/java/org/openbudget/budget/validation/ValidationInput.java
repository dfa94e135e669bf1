package org.openbudget.budget.validation;

import org.openbudget.budget.classification.Catalog;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.money.AmountUnit;

/**
 * What the rules look at.
 *
 * @param content   the budget in 元
 * @param inputUnit the unit it was entered in: 万元 figures carry the printed rounding
 */
public record ValidationInput(BudgetContent content, AmountUnit inputUnit, Catalog functional, Catalog economic) {
}
