package org.openbudget.performance.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One indicator row as printed. The parsed meaning of {@link #value} is not stored: it is derived on
 * every read, so an improved parser applies to old data too.
 */
@Embeddable
public class IndicatorRow {

    /** 一级指标. */
    @Column(nullable = false)
    public String level1;

    /** 二级指标. */
    @Column(nullable = false)
    public String level2;

    /** 三级指标. */
    @Column(nullable = false)
    public String level3;

    /** 绩效指标描述. */
    public String description;

    /** 指标值, verbatim. */
    @Column(name = "value_text", nullable = false)
    public String value;

    /** 指标值确定依据. */
    public String basis;
}
