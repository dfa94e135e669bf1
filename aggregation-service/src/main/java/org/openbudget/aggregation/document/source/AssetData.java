package org.openbudget.aggregation.document.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * Our reading of asset-service's event data for one key {@code {department}:{year}}: the fixed-asset
 * holdings dated in that year (资产占用, section 七) and the government procurement plan of that year
 * (政府采购预算, section 六). Amounts in 元.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssetData(String department, int year, List<Holding> holdings, Plan procurementPlan,
                        Plan publishedProcurementPlan) {

    public AssetData {
        holdings = holdings == null ? List.of() : holdings;
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(int revision, String status, List<Item> items, Totals totals) {
        public Plan {
            items = items == null ? List.of() : items;
        }
    }

    /** One line of the 部门政府采购预算; {@code kind} is 货物, 工程 or 服务. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int lineNo, String projectName, BigDecimal projectBudget, String itemName, String catalogCode,
                       String kind, String measureUnit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
                       Funding funding, BigDecimal smeReserved, boolean fixedAsset) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funding(BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital,
                          BigDecimal fiscalSpecialAccount, BigDecimal unitFunds, BigDecimal fiscalCarryOver,
                          BigDecimal nonFiscalCarryOver) {

        public List<BigDecimal> all() {
            return java.util.Arrays.asList(generalBudget, governmentFund, stateCapital, fiscalSpecialAccount, unitFunds,
                    fiscalCarryOver, nonFiscalCarryOver);
        }
    }

    /** The producer's totals; {@code plannedFixedAssets} is 本年度拟购置固定资产总额. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(BigDecimal amount, BigDecimal plannedFixedAssets) {
    }
}
