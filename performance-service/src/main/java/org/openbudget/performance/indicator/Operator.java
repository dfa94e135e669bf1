package org.openbudget.performance.indicator;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The comparison of a quantitative 指标值 (indicator target value). Serialised as the symbol the
 * indicator framework prints: ≥ ≤ = ＞ ＜ (the strict ones full-width, as in 财政部 templates).
 */
public enum Operator {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("="),
    GREATER("＞"),
    LESS("＜");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** True when the target is a lower bound ("reach at least / more than"). */
    public boolean isLowerBound() {
        return this == AT_LEAST || this == GREATER;
    }
}
