package org.openbudget.budget.departmentbudget;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;

/**
 * Document → stored form. Every amount passes through {@link #toYuan}, so the database holds 元 whatever
 * unit the client wrote. (The opposite direction is {@link BudgetReadMapper}: two mappers, because both
 * conversions are BigDecimal → BigDecimal and MapStruct picks the conversion by type.)
 */
@Mapper
public interface BudgetWriteMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "budget", ignore = true)
    @Mapping(target = "adjustment", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "inputUnit", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "approvalDate", ignore = true)
    @Mapping(target = "submittedAt", ignore = true)
    @Mapping(target = "approvedAt", ignore = true)
    @Mapping(target = "publishedAt", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "functionalTotalRevenue", source = "functional.total.revenue")
    @Mapping(target = "functionalTotalExpenditure", source = "functional.total.expenditure")
    @Mapping(target = "economicTotal", source = "economic.total")
    @Mapping(target = "functionalLines", source = "functional.lines")
    @Mapping(target = "economicLines", source = "economic.lines")
    @Mapping(target = "threePublicLines", source = "threePublic")
    void update(BudgetContent content, @MappingTarget BudgetEdition edition, @Context AmountUnit unit);

    RevenueColumns revenue(Revenue revenue, @Context AmountUnit unit);

    CarryOverColumns carryOver(CarryOver carryOver, @Context AmountUnit unit);

    FunctionalRevenueColumns functionalRevenue(FunctionalRevenue revenue, @Context AmountUnit unit);

    ExpenditureColumns expenditure(ExpenditureByType expenditure, @Context AmountUnit unit);

    FunctionalExpenditureColumns functionalExpenditure(FunctionalExpenditure expenditure, @Context AmountUnit unit);

    EconomicColumns economic(EconomicFigures figures, @Context AmountUnit unit);

    FunctionalLineRow functionalLine(FunctionalLine line, @Context AmountUnit unit);

    EconomicLineRow economicLine(EconomicLine line, @Context AmountUnit unit);

    ThreePublicRow threePublicLine(ThreePublicLine line, @Context AmountUnit unit);

    PriorYearRow priorYear(PriorYearFigure figure, @Context AmountUnit unit);

    default BigDecimal toYuan(BigDecimal amount, @Context AmountUnit unit) {
        return unit.toYuan(amount);
    }
}
