package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * 资金性质 — where the money comes from. The first three are appropriations (财政拨款). The wire name is the
 * name of the fund's group in the JSON ({@code expenditure.generalBudget}, {@code threePublic[].governmentFund}).
 */
public enum Fund {
    /** 一般公共预算. */
    @JsonProperty("generalBudget") GENERAL_BUDGET("一般公共预算"),
    /** 政府性基金预算. */
    @JsonProperty("governmentFund") GOVERNMENT_FUND("政府性基金预算"),
    /** 国有资本经营预算. */
    @JsonProperty("stateCapital") STATE_CAPITAL("国有资本经营预算"),
    /** 其他资金 — money that is not an appropriation (财政专户, 事业收入, 经营收入 …); appears only in table 3. */
    @JsonProperty("other") OTHER("其他资金");

    public static final Fund[] APPROPRIATIONS = {GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL};

    private final String label;

    Fund(String label) {
        this.label = label;
    }

    /** As the tables print it: 一般公共预算. */
    public String label() {
        return label;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Fund> byWireName(String wireName) {
        return WireNames.lookup(Fund.class, wireName);
    }
}
