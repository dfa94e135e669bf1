package org.openbudget.performance.indicator;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a 指标值 was understood. */
public enum ValueKind {
    /** An operator (possibly implied), a number and usually a unit: "≥500 期". */
    QUANTITATIVE,
    /** A grade or statement without a number to compare: "达标", "优良", "有效提升". */
    QUALITATIVE,
    /** Nothing printed. */
    EMPTY;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
