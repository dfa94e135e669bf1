package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/** 支出类型 — the columns of table 3 (部门预算支出总表); the wire name is the field of {@link ExpenditureByType}. */
public enum ExpenditureType {
    /** 基本支出 — basic (recurrent) expenditure: staff and running costs. */
    @JsonProperty("basic") BASIC("基本支出"),
    /** 项目支出 — project expenditure. */
    @JsonProperty("project") PROJECT("项目支出"),
    /** 经营支出 — business expenditure of public service institutions. */
    @JsonProperty("operating") OPERATING("经营支出"),
    /** 上解上级支出 — remittances to the superior unit. */
    @JsonProperty("superiorRemittance") SUPERIOR_REMITTANCE("上解上级支出"),
    /** 对附属单位补助支出 — subsidies to affiliated units. */
    @JsonProperty("affiliateSubsidy") AFFILIATE_SUBSIDY("对附属单位补助支出");

    private final String label;

    ExpenditureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<ExpenditureType> byWireName(String wireName) {
        return WireNames.lookup(ExpenditureType.class, wireName);
    }
}
