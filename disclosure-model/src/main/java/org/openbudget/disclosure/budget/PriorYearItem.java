package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The prior-year (上年) figures the year-over-year statements of sections 二 and 四 compare with. */
public enum PriorYearItem {
    /** 收支总计 — total revenue and expenditure. */
    @JsonProperty("total") TOTAL("收支总计"),
    /** 基本支出. */
    @JsonProperty("basic") BASIC("基本支出"),
    /** 项目支出. */
    @JsonProperty("project") PROJECT("项目支出"),
    /** 人员经费. */
    @JsonProperty("personnel") PERSONNEL("人员经费"),
    /** 公用经费. */
    @JsonProperty("publicUse") PUBLIC_USE("公用经费"),
    /** 机关运行经费 — running costs of the administration. */
    @JsonProperty("agencyOperation") AGENCY_OPERATION("机关运行经费"),
    /** "三公"经费 total. */
    @JsonProperty("threePublic") THREE_PUBLIC("“三公”经费"),
    /** 因公出国（境）费. */
    @JsonProperty("outbound") OUTBOUND("因公出国（境）费"),
    /** 公务用车购置费. */
    @JsonProperty("vehiclePurchase") VEHICLE_PURCHASE("公务用车购置费"),
    /** 公务用车运行维护费. */
    @JsonProperty("vehicleOperation") VEHICLE_OPERATION("公务用车运行维护费"),
    /** 公务接待费. */
    @JsonProperty("reception") RECEPTION("公务接待费");

    private final String label;

    PriorYearItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
