package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/** The prior-year (上年) figures the year-over-year statements of sections 二 and 四 compare with. */
public enum PriorYearItem {
    /** 收支总计 — total revenue and expenditure. */
    @JsonProperty("total") TOTAL("收支总计"),
    /** 基本支出. */
    @JsonProperty("basic") BASIC(ExpenditureType.BASIC.label()),
    /** 项目支出. */
    @JsonProperty("project") PROJECT(ExpenditureType.PROJECT.label()),
    /** 人员经费. */
    @JsonProperty("personnel") PERSONNEL(EconomicFigures.PERSONNEL),
    /** 公用经费. */
    @JsonProperty("publicUse") PUBLIC_USE(EconomicFigures.PUBLIC_USE),
    /** 机关运行经费 — running costs of the administration. */
    @JsonProperty("agencyOperation") AGENCY_OPERATION("机关运行经费"),
    /** "三公"经费 total. */
    @JsonProperty("threePublic") THREE_PUBLIC(ThreePublicItem.SUBTOTAL.label()),
    /** 因公出国（境）费. */
    @JsonProperty("outbound") OUTBOUND(ThreePublicItem.OUTBOUND.label()),
    /** 公务用车购置费. */
    @JsonProperty("vehiclePurchase") VEHICLE_PURCHASE(ThreePublicItem.VEHICLE_PURCHASE.label()),
    /** 公务用车运行维护费. */
    @JsonProperty("vehicleOperation") VEHICLE_OPERATION(ThreePublicItem.VEHICLE_OPERATION.label()),
    /** 公务接待费. */
    @JsonProperty("reception") RECEPTION(ThreePublicItem.RECEPTION.label());

    private final String label;

    PriorYearItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<PriorYearItem> byWireName(String wireName) {
        return WireNames.lookup(PriorYearItem.class, wireName);
    }
}
