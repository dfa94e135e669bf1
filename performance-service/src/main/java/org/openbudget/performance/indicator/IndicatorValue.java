package org.openbudget.performance.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * A parsed 指标值. The printed text itself is kept by the caller verbatim; this is what it means.
 *
 * @param kind     quantitative, qualitative or empty
 * @param operator the comparison; {@code null} when a number is printed without one ("100%")
 * @param number   the target figure, exactly as printed (scale kept: "13459.00" stays 13459.00)
 * @param unit     %, 次, 人, 期, 份, 平方米 …; {@code null} for a bare count
 * @param grade    the trimmed text of a qualitative value ("达标"); {@code null} otherwise
 */
public record IndicatorValue(ValueKind kind, Operator operator, BigDecimal number, String unit, String grade) {

    public static final String PERCENT = "%";

    public static IndicatorValue empty() {
        return new IndicatorValue(ValueKind.EMPTY, null, null, null, null);
    }

    public static IndicatorValue qualitative(String grade) {
        return new IndicatorValue(ValueKind.QUALITATIVE, null, null, null, grade);
    }

    public static IndicatorValue quantitative(Operator operator, BigDecimal number, String unit) {
        return new IndicatorValue(ValueKind.QUANTITATIVE, operator, number, unit, null);
    }

    @JsonIgnore
    public boolean isPercentage() {
        return kind == ValueKind.QUANTITATIVE && PERCENT.equals(unit);
    }
}
