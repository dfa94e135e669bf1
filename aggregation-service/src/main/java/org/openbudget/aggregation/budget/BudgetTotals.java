package org.openbudget.aggregation.budget;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/**
 * A department-year's headline figures in 元 — one definition, the model's {@link Sums}, so the county dashboard
 * (the roll-ups' {@code department} dimension) and the county bundle's {@code county-summary.csv} show the same
 * figure a department's document prints: the stated 合计 rows, else the sums of the 类 rows (a 类 the budget does
 * not print but its rows imply counts as the sum of its children, {@link ImpliedRows}). Blank stays blank.
 *
 * @param revenue      本年收入合计 (the nine sources of table 1)
 * @param revenueTotal 收入总计: 本年收入 + 上年结转
 * @param threePublic  "三公"经费: the 合计 of table 9
 */
public record BudgetTotals(BigDecimal revenue, BigDecimal revenueTotal, BigDecimal expenditure, BigDecimal basic,
                           BigDecimal project, BigDecimal personnel, BigDecimal publicUse, BigDecimal threePublic) {

    public static BudgetTotals of(BudgetContent printed) {
        BudgetContent content = ImpliedRows.complete(printed);
        FunctionalExpenditure spending = Sums.expenditureOf(Sums.functionalTotal(content));
        EconomicFigures economic = Sums.economicTotal(content);
        BigDecimal revenue = content.revenueOrBlank().total();
        return new BudgetTotals(revenue, Amounts.sum(revenue, content.carryOverOrBlank().priorYear()), spending.total(),
                spending.type(ExpenditureType.BASIC), spending.type(ExpenditureType.PROJECT), economic.personnel(),
                economic.publicUse(), Sums.threePublic(content).get(ThreePublicItem.TOTAL).total());
    }
}
