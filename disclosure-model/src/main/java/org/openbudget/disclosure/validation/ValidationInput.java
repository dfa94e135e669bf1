package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.money.AmountUnit;

/**
 * What the rules look at.
 *
 * @param content   the budget in 元
 * @param inputUnit the unit it was entered in: 万元 figures carry the printed rounding
 * @param functional the budget year's functional catalog; {@code economic} likewise
 */
public record ValidationInput(BudgetContent content, AmountUnit inputUnit, CodeCatalog functional,
                              CodeCatalog economic) {
}
