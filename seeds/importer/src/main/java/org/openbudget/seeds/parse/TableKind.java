package org.openbudget.seeds.parse;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The nine tables of a 部门预算 disclosure (docs/DESIGN.md §4), whatever a region calls them. Cell keys of the
 * parsed rows are the English names of the columns, the same in every layout.
 */
public enum TableKind {
    /** 1. 部门预算收支总表 (上海: 财务收支预算总表) — revenue by source against expenditure by 类. */
    SUMMARY(1, "summary"),
    /** 2. 部门预算收入总表 — revenue by source per functional code. */
    REVENUE(2, "revenue"),
    /** 3. 部门预算支出总表 — expenditure by type (基本/项目/…) per functional code, all funds. */
    EXPENDITURE(3, "expenditure"),
    /** 4. 部门预算财政拨款收支总表 — appropriations by fund against 类 × fund. */
    FISCAL_SUMMARY(4, "fiscalSummary"),
    /** 5. 一般公共预算财政拨款支出表 — general public budget per functional code, 基本/项目. */
    GENERAL_BUDGET(5, "generalBudget"),
    /** 6. 一般公共预算财政拨款基本支出表 — basic expenditure per economic code, 人员经费/公用经费. */
    BASIC_ECONOMIC(6, "basicEconomic"),
    /** 7. 政府性基金预算财政拨款支出表. */
    GOVERNMENT_FUND(7, "governmentFund"),
    /** 8. 国有资本经营预算财政拨款支出表. */
    STATE_CAPITAL(8, "stateCapital"),
    /** 9. 财政拨款"三公"经费支出表 (上海: with 机关运行经费 in the same table). */
    THREE_PUBLIC(9, "threePublic");

    // column keys shared by the layouts
    public static final String AMOUNT = "amount";
    public static final String TOTAL = "total";
    public static final String CURRENT_YEAR = "currentYear";
    public static final String APPROPRIATION = "appropriation";
    public static final String SPECIAL_ACCOUNT = "specialAccount";
    public static final String INSTITUTION = "institution";
    public static final String INSTITUTION_OPERATING = "institutionOperating";
    public static final String SUPERIOR_SUBSIDY = "superiorSubsidy";
    public static final String AFFILIATED_REMITTANCE = "affiliatedRemittance";
    public static final String OTHER = "other";
    public static final String CARRY_OVER = "carryOver";
    public static final String BASIC = "basic";
    public static final String PROJECT = "project";
    public static final String OPERATING = "operating";
    public static final String SUPERIOR_REMITTANCE = "superiorRemittance";
    public static final String AFFILIATE_SUBSIDY = "affiliateSubsidy";
    public static final String PERSONNEL = "personnel";
    public static final String PUBLIC_USE = "publicUse";
    public static final String GENERAL = "generalBudget";
    public static final String GOVERNMENT = "governmentFund";
    public static final String STATE = "stateCapital";

    /** Row sides of the two-sided tables 1 and 4. */
    public static final String REVENUE_SIDE = "revenue";
    public static final String EXPENDITURE_SIDE = "expenditure";

    /** Keys of the total rows. */
    public static final String TOTAL_ROW = "total";

    private final int number;
    private final String id;

    TableKind(int number, String id) {
        this.number = number;
        this.id = id;
    }

    public int number() {
        return number;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
