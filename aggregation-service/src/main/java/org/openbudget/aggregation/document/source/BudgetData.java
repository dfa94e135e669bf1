package org.openbudget.aggregation.document.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * Our reading of one budget document carried by budget-service's {@code department-budget.changed.v1}
 * ({@code budget} or {@code published}): the figures the nine tables and sections 二–四 are computed from.
 * Amounts are in 元; a missing amount is a blank cell, which is not 0. A tolerant reader: fields we do
 * not print are ignored, so the producer can add fields without breaking documents.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetData(
        String department,
        String departmentName,
        int year,
        int adjustment,
        String status,
        Revenue revenue,
        CarryOver carryOver,
        FunctionalSection functional,
        EconomicSection economic,
        List<ThreePublicLine> threePublic,
        List<PriorYearFigure> priorYear) {

    public BudgetData {
        revenue = revenue == null ? new Revenue(null, null, null, null, null, null, null, null, null) : revenue;
        carryOver = carryOver == null ? new CarryOver(null, null, null, null, null, null, null, null) : carryOver;
        functional = functional == null ? new FunctionalSection(null, List.of()) : functional;
        economic = economic == null ? new EconomicSection(null, List.of()) : economic;
        threePublic = threePublic == null ? List.of() : threePublic;
        priorYear = priorYear == null ? List.of() : priorYear;
    }

    /** 收入 by the nine sources of table 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Revenue(BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital,
                          BigDecimal specialAccount, BigDecimal institution, BigDecimal institutionOperating,
                          BigDecimal superiorSubsidy, BigDecimal affiliatedRemittance, BigDecimal other) {

        public List<BigDecimal> all() {
            return java.util.Arrays.asList(generalBudget, governmentFund, stateCapital, specialAccount, institution,
                    institutionOperating, superiorSubsidy, affiliatedRemittance, other);
        }

        /** 本年收入合计. */
        public BigDecimal total() {
            return Sum.of(all());
        }
    }

    /** 结转结余 — balances brought forward and carried to the next year (tables 1 and 4). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CarryOver(BigDecimal priorYear, BigDecimal yearEnd,
                            BigDecimal openingGeneralBudget, BigDecimal openingGovernmentFund, BigDecimal openingStateCapital,
                            BigDecimal closingGeneralBudget, BigDecimal closingGovernmentFund, BigDecimal closingStateCapital) {

        public List<BigDecimal> opening() {
            return java.util.Arrays.asList(openingGeneralBudget, openingGovernmentFund, openingStateCapital);
        }

        public List<BigDecimal> closing() {
            return java.util.Arrays.asList(closingGeneralBudget, closingGovernmentFund, closingStateCapital);
        }
    }

    /** The functional rows (支出功能分类: 类 3 digits, 款 5, 项 7) and the printed 合计 (null: the sum of the 类 rows). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FunctionalSection(FunctionalFigures total, List<FunctionalLine> lines) {
        public FunctionalSection {
            lines = lines == null ? List.of() : lines;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FunctionalLine(String code, String name, FunctionalRevenue revenue, FunctionalExpenditure expenditure) {

        public FunctionalFigures figures() {
            return new FunctionalFigures(revenue, expenditure);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FunctionalFigures(FunctionalRevenue revenue, FunctionalExpenditure expenditure) {

        public FunctionalRevenue revenueOrBlank() {
            return revenue != null ? revenue : FunctionalRevenue.BLANK;
        }

        public FunctionalExpenditure expenditureOrBlank() {
            return expenditure != null ? expenditure : FunctionalExpenditure.BLANK;
        }
    }

    /** The revenue columns of table 2 (部门预算收入总表). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FunctionalRevenue(BigDecimal appropriation, BigDecimal specialAccount, BigDecimal institution,
                                    BigDecimal institutionOperating, BigDecimal superiorSubsidy,
                                    BigDecimal affiliatedRemittance, BigDecimal other, BigDecimal carryOver) {

        public static final FunctionalRevenue BLANK = new FunctionalRevenue(null, null, null, null, null, null, null, null);

        /** 本年收入小计 = the seven sources of this year. */
        public BigDecimal currentYear() {
            return Sum.of(appropriation, specialAccount, institution, institutionOperating, superiorSubsidy,
                    affiliatedRemittance, other);
        }

        /** 合计 = 小计 + 上年结转. */
        public BigDecimal total() {
            return Sum.of(currentYear(), carryOver);
        }
    }

    /** The expenditure of one functional row by fund (资金性质) × type (基本, 项目 …). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FunctionalExpenditure(ByType generalBudget, ByType governmentFund, ByType stateCapital, ByType other) {

        public static final FunctionalExpenditure BLANK = new FunctionalExpenditure(null, null, null, null);

        public ByType fund(Fund fund) {
            return switch (fund) {
                case GENERAL_BUDGET -> generalBudget;
                case GOVERNMENT_FUND -> governmentFund;
                case STATE_CAPITAL -> stateCapital;
                case OTHER -> other;
            };
        }

        /** All funds of one type (a table 3 column). */
        public BigDecimal type(ExpenditureType type) {
            return Sum.of(java.util.Arrays.stream(Fund.values()).map(f -> fund(f) == null ? null : fund(f).get(type)).toList());
        }

        /** All types of one fund (a table 4 column). */
        public BigDecimal fundTotal(Fund fund) {
            ByType byType = fund(fund);
            return byType == null ? null : byType.total();
        }

        /** The three appropriation funds together (table 4 合计). */
        public BigDecimal appropriations() {
            return Sum.of(java.util.Arrays.stream(Fund.APPROPRIATIONS).map(this::fundTotal).toList());
        }

        /** 合计 of table 3: every fund, every type. */
        public BigDecimal total() {
            return Sum.of(java.util.Arrays.stream(Fund.values()).map(this::fundTotal).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ByType(BigDecimal basic, BigDecimal project, BigDecimal operating, BigDecimal superiorRemittance,
                         BigDecimal affiliateSubsidy) {

        public BigDecimal get(ExpenditureType type) {
            return switch (type) {
                case BASIC -> basic;
                case PROJECT -> project;
                case OPERATING -> operating;
                case SUPERIOR_REMITTANCE -> superiorRemittance;
                case AFFILIATE_SUBSIDY -> affiliateSubsidy;
            };
        }

        public BigDecimal total() {
            return Sum.of(basic, project, operating, superiorRemittance, affiliateSubsidy);
        }
    }

    /** Table 6's rows (部门预算支出经济分类: 类 3 digits, 款 5) and its printed 合计 (null: the sum of the 类 rows). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EconomicSection(EconomicFigures total, List<EconomicLine> lines) {
        public EconomicSection {
            lines = lines == null ? List.of() : lines;
        }
    }

    /** 人员经费 (personnel) and 公用经费 (office and running costs). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EconomicFigures(BigDecimal personnel, BigDecimal publicUse) {
        public BigDecimal total() {
            return Sum.of(personnel, publicUse);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EconomicLine(String code, String name, BigDecimal personnel, BigDecimal publicUse) {
        public EconomicFigures figures() {
            return new EconomicFigures(personnel, publicUse);
        }
    }

    /** One row of table 9 by appropriation fund; {@code item} is the producer's wire name (total, reception …). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ThreePublicLine(String item, BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital) {
        public BigDecimal total() {
            return Sum.of(generalBudget, governmentFund, stateCapital);
        }
    }

    /** A prior-year (上年) figure and the department's reason for the change; the change itself is computed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriorYearFigure(String item, BigDecimal amount, String reason) {
    }

    /** 资金性质 — where the money comes from; the first three are appropriations (财政拨款). */
    public enum Fund {
        GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, OTHER;

        public static final Fund[] APPROPRIATIONS = {GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL};
    }

    /** 支出类型 — the expenditure columns of table 3. */
    public enum ExpenditureType {
        /** 基本支出 — basic (recurrent) expenditure. */
        BASIC("基本支出"),
        /** 项目支出 — project expenditure. */
        PROJECT("项目支出"),
        /** 经营支出. */
        OPERATING("经营支出"),
        /** 上解上级支出. */
        SUPERIOR_REMITTANCE("上解上级支出"),
        /** 对附属单位补助支出. */
        AFFILIATE_SUBSIDY("对附属单位补助支出");

        private final String label;

        ExpenditureType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
