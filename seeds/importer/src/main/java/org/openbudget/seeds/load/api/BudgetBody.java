package org.openbudget.seeds.load.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of budget-service {@code PUT /api/v1/budgets/{dept}/{year}} (its BudgetContent): every amount in
 * {@code unit} (元 or 万元); an absent amount is a blank cell, not 0.
 */
public record BudgetBody(String unit, Revenue revenue, CarryOver carryOver, FunctionalSection functional,
                         EconomicSection economic, List<ThreePublicLine> threePublic, List<PriorYearFigure> priorYear) {

    /** 收入 by the nine sources of table 1. */
    public record Revenue(BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital,
                          BigDecimal specialAccount, BigDecimal institution, BigDecimal institutionOperating,
                          BigDecimal superiorSubsidy, BigDecimal affiliatedRemittance, BigDecimal other) {
    }

    /** 结转结余 of tables 1 and 4. */
    public record CarryOver(BigDecimal priorYear, BigDecimal yearEnd, BigDecimal openingGeneralBudget,
                            BigDecimal openingGovernmentFund, BigDecimal openingStateCapital,
                            BigDecimal closingGeneralBudget, BigDecimal closingGovernmentFund,
                            BigDecimal closingStateCapital) {
    }

    public record FunctionalSection(FunctionalFigures total, List<FunctionalLine> lines) {
    }

    public record FunctionalFigures(FunctionalRevenue revenue, FunctionalExpenditure expenditure) {
    }

    public record FunctionalLine(String code, String name, FunctionalRevenue revenue, FunctionalExpenditure expenditure) {
    }

    /** The revenue columns of table 2 without the derived 合计 and 小计. */
    public record FunctionalRevenue(BigDecimal appropriation, BigDecimal specialAccount, BigDecimal institution,
                                    BigDecimal institutionOperating, BigDecimal superiorSubsidy,
                                    BigDecimal affiliatedRemittance, BigDecimal other, BigDecimal carryOver) {
    }

    /** Expenditure by fund (tables 5, 7, 8; 其他资金 is what table 3 has beyond them). */
    public record FunctionalExpenditure(ExpenditureByType generalBudget, ExpenditureByType governmentFund,
                                        ExpenditureByType stateCapital, ExpenditureByType other) {
    }

    public record ExpenditureByType(BigDecimal basic, BigDecimal project, BigDecimal operating,
                                    BigDecimal superiorRemittance, BigDecimal affiliateSubsidy) {
    }

    public record EconomicSection(EconomicFigures total, List<EconomicLine> lines) {
    }

    public record EconomicFigures(BigDecimal personnel, BigDecimal publicUse) {
    }

    public record EconomicLine(String code, String name, BigDecimal personnel, BigDecimal publicUse) {
    }

    public record ThreePublicLine(String item, BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital) {
    }

    public record PriorYearFigure(String item, BigDecimal amount, String reason) {
    }
}
