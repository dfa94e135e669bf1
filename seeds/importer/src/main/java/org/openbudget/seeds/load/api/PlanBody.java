package org.openbudget.seeds.load.api;

import java.math.BigDecimal;
import java.util.List;

/** Body of asset-service {@code PUT /api/v1/procurement/{dept}/{year}} (its PlanPayload); {@code items: []} is the empty table. */
public record PlanBody(String unit, List<Item> items) {

    public record Item(String projectName, BigDecimal projectBudget, String itemName, String catalogCode, String kind,
                       String measureUnit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, Funding funding,
                       BigDecimal smeReserved, boolean fixedAsset) {
    }

    public record Funding(BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal stateCapital,
                          BigDecimal fiscalSpecialAccount, BigDecimal unitFunds, BigDecimal fiscalCarryOver,
                          BigDecimal nonFiscalCarryOver) {
    }
}
