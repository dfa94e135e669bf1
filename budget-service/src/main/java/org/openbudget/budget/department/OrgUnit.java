package org.openbudget.budget.department;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 单位 — a unit included in the department's budget (单位名称, 单位性质, 单位规格, 经费保障形式). */
@Embeddable
public class OrgUnit {

    @Column(nullable = false)
    public String name;

    /** 单位性质: 行政 (administrative) or 事业 (public service institution). */
    @Column(nullable = false)
    public String nature;

    /** 单位规格, e.g. 正科级. */
    public String grade;

    /** 经费保障形式, e.g. 财政拨款. */
    @Column(name = "funding_form")
    public String fundingForm;
}
