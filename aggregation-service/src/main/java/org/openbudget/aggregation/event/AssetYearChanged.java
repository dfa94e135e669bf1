package org.openbudget.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Our reading of asset-service's event data for one key {@code {department}:{year}} — both of its types
 * ({@code holdings.changed.v1}, {@code procurement-plan.changed.v1}) carry this one state with one version counter:
 * the fixed-asset holdings dated in that year (资产占用, section 七) and the government procurement plan of that year
 * (政府采购预算, section 六). Amounts in 元.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssetYearChanged(String department, int year, long version, List<Holding> holdings, Plan procurementPlan,
                               Plan publishedProcurementPlan) implements DepartmentYearState {

    public AssetYearChanged {
        holdings = holdings == null ? List.of() : holdings;
    }

    /** Holdings have no workflow, and the plan's status is the plan's: the asset year has no status of its own. */
    @Override
    public String status() {
        return null;
    }

    /** Holdings are public as entered; what a draft may hide is the procurement plan. */
    @Override
    public boolean hasPublished() {
        return publishedProcurementPlan != null;
    }

    /** The latest holding of the year (the producer sends them by ascending 截止时间), or null. */
    public Holding latestHolding() {
        return holdings.isEmpty() ? null : holdings.get(holdings.size() - 1);
    }

    /** The plan of the scope: the published revision, or the current one. */
    public Plan plan(boolean published) {
        return published ? publishedProcurementPlan : procurementPlan;
    }

    /** 部门固定资产占用情况表 as of one date (截止时间); blank cells are null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holding(String asOf, BigDecimal totalValue, Row buildings, Row officeBuildings, Row vehicles,
                          Row equipmentOver200k, Row otherFixedAssets) {
    }

    /** Quantity (m² for 房屋, a count otherwise) and value in 元. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(BigDecimal quantity, BigDecimal value) {
    }

    /** One revision of the 部门政府采购预算. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(int revision, String status, List<Item> items, Totals totals) {
        public Plan {
            items = items == null ? List.of() : items;
        }

        /** The plan's total: the producer's, or the sum of its lines (0 without lines). */
        public BigDecimal total() {
            if (totals != null && totals.amount() != null) {
                return totals.amount();
            }
            return items.stream().map(Item::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** How many lines: the producer's count, or the lines carried. */
        public int itemCount() {
            return totals != null && totals.items() != null ? totals.items() : items.size();
        }
    }

    /** One line of the 部门政府采购预算; {@code kind} is 货物, 工程 or 服务. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int lineNo, String projectName, BigDecimal projectBudget, String itemName, String catalogCode,
                       String kind, String measureUnit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
                       Funding funding, BigDecimal smeReserved, boolean fixedAsset) {
    }

    /** Where a line's money comes from: the three appropriations, then the other sources. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funding(BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital,
                          BigDecimal fiscalSpecialAccount, BigDecimal unitFunds, BigDecimal fiscalCarryOver,
                          BigDecimal nonFiscalCarryOver) {

        public List<BigDecimal> all() {
            return Arrays.asList(generalBudget, governmentFund, stateCapital, fiscalSpecialAccount, unitFunds,
                    fiscalCarryOver, nonFiscalCarryOver);
        }
    }

    /**
     * The producer's totals: {@code plannedFixedAssets} is 本年度拟购置固定资产总额, {@code smeReserved} the share reserved
     * for small and micro enterprises (预留中小微企业份额); per kind (货物 goods, 工程 works, 服务 services) as well.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(Integer items, BigDecimal amount, BigDecimal smeReserved, BigDecimal plannedFixedAssets,
                         KindTotal goods, KindTotal works, KindTotal services, Funding funding) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KindTotal(Integer items, BigDecimal amount, BigDecimal smeReserved) {
    }
}
