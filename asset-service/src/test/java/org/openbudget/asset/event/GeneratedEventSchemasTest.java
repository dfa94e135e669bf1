package org.openbudget.asset.event;

import org.junit.jupiter.api.Test;
import org.openbudget.asset.holding.AreaRow;
import org.openbudget.asset.holding.CountRow;
import org.openbudget.asset.holding.HoldingDto;
import org.openbudget.asset.holding.RegisterItem;
import org.openbudget.asset.holding.VehicleUseRow;
import org.openbudget.asset.procurement.Funding;
import org.openbudget.asset.procurement.ItemDto;
import org.openbudget.asset.procurement.PlanDto;
import org.openbudget.asset.procurement.PlanTotals;
import org.openbudget.disclosure.event.EventType;
import org.openbudget.disclosure.event.schema.CheckedInSchema;
import org.openbudget.disclosure.event.schema.ContractRules;

/**
 * The checked-in schemas of AssetHoldingsChanged and ProcurementPlanChanged are the ones generated from
 * {@link AssetYearState} (both events carry it): a change of the record without a regenerated schema fails here,
 * before a consumer refuses the event.
 */
class GeneratedEventSchemasTest {

    /**
     * What the records do not declare but the service guarantees, as the hand-written schema stated it; each rule is
     * an annotation the record could carry instead. Amounts are never negative (HoldingRules, ProcurementRules refuse
     * a negative input, totals are sums of inputs): the hand-written schema did not say so, the generated one does.
     */
    static final ContractRules RULES = new ContractRules()
            .nonNull(AssetYearState.class, "department", "unit", "holdings", "updatedAt")
            .pattern(AssetYearState.class, "department", "^[0-9A-Za-z]{1,20}$")
            .minimum(AssetYearState.class, "year", 1990)
            .maximum(AssetYearState.class, "year", 2100)
            .minimum(AssetYearState.class, "version", 1)
            .values(AssetYearState.class, "unit", "元")
            .nonNull(HoldingDto.class, "department", "asOf", "unit", "enteredUnit", "buildings", "officeBuildings",
                    "vehicles", "equipmentOver200k", "otherFixedAssets", "updatedAt")
            .values(HoldingDto.class, "unit", "元")
            .minimum(HoldingDto.class, "version", 1)
            .minimum(HoldingDto.class, "totalValue", 0)
            .minimum(AreaRow.class, 0, "quantity", "value")
            .minimum(CountRow.class, 0, "quantity", "value")
            .optional(RegisterItem.class, "assetCode", "acquiredOn", "use", "officeSpace")
            .minimum(RegisterItem.class, 0, "quantity", "originalValue")
            .nonNull(VehicleUseRow.class, "use", "value")
            .minimum(VehicleUseRow.class, 0, "quantity", "value")
            .nonNull(PlanDto.class, "department", "unit", "status", "items", "totals", "updatedAt")
            .values(PlanDto.class, "unit", "元")
            .minimum(PlanDto.class, 1, "revision", "version")
            .nonNull(ItemDto.class, "itemName", "kind", "amount", "funding", "enteredUnit")
            .minimum(ItemDto.class, "lineNo", 1)
            .minimum(ItemDto.class, 0, "projectBudget", "quantity", "unitPrice", "amount", "smeReserved")
            .minimum(Funding.class, 0, "generalBudget", "governmentFund", "stateCapital", "fiscalSpecialAccount",
                    "unitFunds", "fiscalCarryOver", "nonFiscalCarryOver")
            .nonNull(PlanTotals.class, "amount", "smeReserved", "plannedFixedAssets", "goods", "works", "services", "funding")
            .minimum(PlanTotals.class, 0, "items", "amount", "smeReserved", "plannedFixedAssets")
            .nonNull(PlanTotals.KindTotal.class, "amount", "smeReserved")
            .minimum(PlanTotals.KindTotal.class, 0, "items", "amount", "smeReserved");

    @Test
    void holdingsChangedSchemaIsGeneratedFromTheYearState() {
        CheckedInSchema.assertUpToDate(EventType.ASSET_HOLDINGS_CHANGED, AssetYearState.class, RULES, "asset-service");
    }

    @Test
    void procurementPlanChangedSchemaIsGeneratedFromTheYearState() {
        CheckedInSchema.assertUpToDate(EventType.PROCUREMENT_PLAN_CHANGED, AssetYearState.class, RULES, "asset-service");
    }
}
