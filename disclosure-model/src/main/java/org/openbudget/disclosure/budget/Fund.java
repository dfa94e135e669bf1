package org.openbudget.disclosure.budget;

/** 资金性质 — where the money comes from. The first three are appropriations (财政拨款). */
public enum Fund {
    /** 一般公共预算. */
    GENERAL_BUDGET("一般公共预算"),
    /** 政府性基金预算. */
    GOVERNMENT_FUND("政府性基金预算"),
    /** 国有资本经营预算. */
    STATE_CAPITAL("国有资本经营预算"),
    /** 其他资金 — money that is not an appropriation (财政专户, 事业收入, 经营收入 …); appears only in table 3. */
    OTHER("其他资金");

    public static final Fund[] APPROPRIATIONS = {GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL};

    private final String label;

    Fund(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
