package org.openbudget.aggregation.budget;

import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.Dimension;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one department-year budget (amounts in 元) contributes to the county roll-ups. Plain Java: unit-tested on the
 * seed's figures.
 *
 * <p>Dimensions: {@code department} (item = department code; the figures of {@link BudgetTotals}),
 * {@code functional.类|款|项}, {@code economic.类|款} (a parent the budget does not print is the sum of its
 * children, {@link ImpliedRows}), {@code fund}, {@code type}, {@code threePublic} (the rows of table 9 as the model's
 * {@link Sums} resolves them), {@code agencyOperation} and {@code priorYear} (the prior-year figures the department
 * declared).
 */
public final class BudgetContributions {

    private static final Dimension[] FUNCTIONAL_LEVELS = {Dimension.FUNCTIONAL_CLASS, Dimension.FUNCTIONAL_SECTION,
            Dimension.FUNCTIONAL_ITEM};
    private static final String BASIC = ExpenditureType.BASIC.wireName();
    private static final String PROJECT = ExpenditureType.PROJECT.wireName();
    private static final Dimension[] ECONOMIC_LEVELS = {Dimension.ECONOMIC_CLASS, Dimension.ECONOMIC_SECTION};

    private BudgetContributions() {
    }

    public static List<Contribution> of(String department, BudgetContent printed) {
        List<Contribution> out = new ArrayList<>();
        BudgetContent budget = ImpliedRows.complete(printed);
        List<FunctionalExpenditure> classes = new ArrayList<>();
        for (FunctionalLine line : budget.functional().lines()) {
            if (line.level() == 0) {
                continue; // not a code of the classification: the schema refuses it, nothing to file it under
            }
            FunctionalExpenditure s = Sums.expenditureOf(line);
            Dimension level = FUNCTIONAL_LEVELS[line.level() - 1];
            add(out, level, line.code(), "total", s.total());
            add(out, level, line.code(), BASIC, s.type(ExpenditureType.BASIC));
            add(out, level, line.code(), PROJECT, s.type(ExpenditureType.PROJECT));
            if (line.code().length() == 3) {
                classes.add(s);
            }
        }
        FunctionalExpenditure all = Sums.expenditure(classes);
        for (Fund fund : Fund.values()) {
            add(out, Dimension.FUND, fund.wireName(), "total", all.fundTotal(fund));
        }
        for (ExpenditureType type : ExpenditureType.values()) {
            add(out, Dimension.TYPE, type.wireName(), "total", all.type(type));
        }
        for (EconomicLine line : budget.economic().lines()) {
            if (line.code().length() != 3 && line.code().length() != 5) {
                continue;
            }
            Dimension level = ECONOMIC_LEVELS[line.code().length() == 3 ? 0 : 1];
            add(out, level, line.code(), "total", line.total());
            add(out, level, line.code(), "personnel", line.personnel());
            add(out, level, line.code(), "publicUse", line.publicUse());
        }

        BudgetTotals totals = BudgetTotals.of(budget);
        add(out, Dimension.TYPE, "personnel", "total", totals.personnel());
        add(out, Dimension.TYPE, "publicUse", "total", totals.publicUse());
        // 机关运行经费 = 公用经费 of the general budget's basic expenditure (docs/DESIGN.md §4)
        add(out, Dimension.AGENCY_OPERATION, "total", "total", totals.publicUse());

        Map<ThreePublicItem, ThreePublicLine> threePublic = Sums.threePublic(budget);
        threePublic.forEach((item, line) -> {
            // the dashboard lists the items; the department's "三公" figure is its own measure below
            if (item != ThreePublicItem.TOTAL) {
                add(out, Dimension.THREE_PUBLIC, item.wireName(), "total", line.total());
            }
        });

        for (PriorYearFigure prior : budget.priorYear()) {
            add(out, Dimension.PRIOR_YEAR, prior.item().wireName(), "total", prior.amount());
        }

        add(out, Dimension.DEPARTMENT, department, "expenditure", totals.expenditure());
        add(out, Dimension.DEPARTMENT, department, "revenue", totals.revenue());
        add(out, Dimension.DEPARTMENT, department, BASIC, totals.basic());
        add(out, Dimension.DEPARTMENT, department, PROJECT, totals.project());
        add(out, Dimension.DEPARTMENT, department, "personnel", totals.personnel());
        add(out, Dimension.DEPARTMENT, department, "publicUse", totals.publicUse());
        add(out, Dimension.DEPARTMENT, department, "threePublic", totals.threePublic());
        return out;
    }

    private static void add(List<Contribution> out, Dimension dimension, String item, String measure, BigDecimal amount) {
        Contribution.add(out, dimension, item, measure, amount);
    }
}
