package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.money.UnitParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.common.problem.ProblemException;

/** Converts a line written in some unit into 元 through the same mappers the whole document uses. */
@ApplicationScoped
public class LineUnits {

    private final BudgetWriteMapper write;
    private final BudgetReadMapper read;

    public LineUnits(BudgetWriteMapper write, BudgetReadMapper read) {
        this.write = write;
        this.read = read;
    }

    /** The unit named by the query parameter, or the one the budget was entered in. */
    @Transactional
    public AmountUnit unit(String dept, int year, String param) {
        AmountUnit given = UnitParameter.parse("unit", param, null);
        if (given != null) {
            return given;
        }
        return DepartmentBudget.<DepartmentBudget>find("departmentCode = ?1 and year = ?2", dept, year).firstResultOptional()
                .map(root -> BudgetEdition.<BudgetEdition>find("budget = ?1 and adjustment = ?2", root, root.currentAdjustment)
                        .firstResult().inputUnit)
                .orElseThrow(() -> ProblemException.notFound("no budget of department " + dept + " for " + year));
    }

    public FunctionalLine functional(FunctionalLine line, AmountUnit unit) {
        return read.functionalLine(write.functionalLine(line, unit), AmountUnit.YUAN);
    }

    public EconomicLine economic(EconomicLine line, AmountUnit unit) {
        return read.economicLine(write.economicLine(line, unit), AmountUnit.YUAN);
    }

    public ThreePublicLine threePublic(ThreePublicLine line, AmountUnit unit) {
        return read.threePublicLine(write.threePublicLine(line, unit), AmountUnit.YUAN);
    }

    public PriorYearFigure priorYear(PriorYearFigure figure, AmountUnit unit) {
        return read.priorYear(write.priorYear(figure, unit), AmountUnit.YUAN);
    }

    public Revenue revenue(Revenue revenue, AmountUnit unit) {
        return read.revenue(write.revenue(revenue, unit), AmountUnit.YUAN);
    }

    public CarryOver carryOver(CarryOver carryOver, AmountUnit unit) {
        return read.carryOver(write.carryOver(carryOver, unit), AmountUnit.YUAN);
    }
}
