package org.openbudget.disclosure.budget;

/** 支出类型 — the columns of table 3 (部门预算支出总表). */
public enum ExpenditureType {
    /** 基本支出 — basic (recurrent) expenditure: staff and running costs. */
    BASIC("基本支出"),
    /** 项目支出 — project expenditure. */
    PROJECT("项目支出"),
    /** 经营支出 — business expenditure of public service institutions. */
    OPERATING("经营支出"),
    /** 上解上级支出 — remittances to the superior unit. */
    SUPERIOR_REMITTANCE("上解上级支出"),
    /** 对附属单位补助支出 — subsidies to affiliated units. */
    AFFILIATE_SUBSIDY("对附属单位补助支出");

    private final String label;

    ExpenditureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
