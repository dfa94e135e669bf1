package org.openbudget.budget.departmentbudget;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.List;

/** Stored form → document, every amount converted from 元 into the requested unit by {@link #fromYuan}. */
@Mapper
public interface BudgetReadMapper {

    default BudgetContent content(BudgetEdition edition, @Context AmountUnit unit) {
        return new BudgetContent(unit,
                revenue(edition.revenue, unit),
                carryOver(edition.carryOver, unit),
                new FunctionalSection(
                        new FunctionalFigures(functionalRevenue(edition.functionalTotalRevenue, unit),
                                functionalExpenditure(edition.functionalTotalExpenditure, unit)),
                        functionalLines(edition.functionalLines, unit)),
                new EconomicSection(economic(edition.economicTotal, unit), economicLines(edition.economicLines, unit)),
                threePublicLines(edition.threePublicLines, unit),
                priorYear(edition.priorYear, unit));
    }

    Revenue revenue(RevenueColumns columns, @Context AmountUnit unit);

    CarryOver carryOver(CarryOverColumns columns, @Context AmountUnit unit);

    FunctionalRevenue functionalRevenue(FunctionalRevenueColumns columns, @Context AmountUnit unit);

    ExpenditureByType expenditure(ExpenditureColumns columns, @Context AmountUnit unit);

    FunctionalExpenditure functionalExpenditure(FunctionalExpenditureColumns columns, @Context AmountUnit unit);

    EconomicFigures economic(EconomicColumns columns, @Context AmountUnit unit);

    FunctionalLine functionalLine(FunctionalLineRow row, @Context AmountUnit unit);

    List<FunctionalLine> functionalLines(List<FunctionalLineRow> rows, @Context AmountUnit unit);

    EconomicLine economicLine(EconomicLineRow row, @Context AmountUnit unit);

    List<EconomicLine> economicLines(List<EconomicLineRow> rows, @Context AmountUnit unit);

    ThreePublicLine threePublicLine(ThreePublicRow row, @Context AmountUnit unit);

    List<ThreePublicLine> threePublicLines(List<ThreePublicRow> rows, @Context AmountUnit unit);

    PriorYearFigure priorYear(PriorYearRow row, @Context AmountUnit unit);

    List<PriorYearFigure> priorYear(List<PriorYearRow> rows, @Context AmountUnit unit);

    default BigDecimal fromYuan(BigDecimal yuan, @Context AmountUnit unit) {
        return unit.fromYuan(yuan);
    }
}
