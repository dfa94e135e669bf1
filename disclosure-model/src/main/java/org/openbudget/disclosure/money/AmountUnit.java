package org.openbudget.disclosure.money;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The unit amounts are written in. Storage is always 元 with 2 decimals (docs/DESIGN.md §3); 万元 (ten thousand
 * yuan) is what the published documents print, each cell rounded half-up to 2 decimals.
 */
public enum AmountUnit {
    /** 元 — yuan, the canonical unit. */
    @JsonProperty("元") YUAN("元", BigDecimal.ONE),
    /** 万元 — ten thousand yuan, the unit of the printed tables. */
    @JsonProperty("万元") WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal factor;

    AmountUnit(String label, BigDecimal factor) {
        this.label = label;
        this.factor = factor;
    }

    public String label() {
        return label;
    }

    /** Exact: an amount with at most 2 decimals in either unit is a whole number of 分 in 元. */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount == null ? null : amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** Rounds half-up to 2 decimals of this unit, as the printed tables do cell by cell. */
    public BigDecimal fromYuan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(factor, 2, RoundingMode.HALF_UP);
    }

    /** A table cell: the amount in this unit with exactly 2 decimals ("394.30"); blank stays blank ({@code null}). */
    public String cell(BigDecimal yuan) {
        return yuan == null ? null : fromYuan(yuan).toPlainString();
    }

    /** Fixed 2 decimals where a figure must be written even when blank (summaries, narrative tables): blank reads 0.00. */
    public String fixed(BigDecimal yuan) {
        return fromYuan(yuan == null ? BigDecimal.ZERO : yuan).toPlainString();
    }

    /**
     * As the narrative sentences write it: rounded to 2 decimals, then without trailing zeros ("394.3", "58",
     * "0"); blank reads 0.
     */
    public String sentence(BigDecimal yuan) {
        BigDecimal rounded = fromYuan(yuan == null ? BigDecimal.ZERO : yuan);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    /** One unit of the last printed digit (0.01 of this unit) expressed in 元: the rounding step. */
    public BigDecimal stepInYuan() {
        return factor.movePointLeft(2);
    }

    /** The unit printed as {@code label} (元 or 万元, surrounding blanks ignored); empty for anything else. */
    public static Optional<AmountUnit> byLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        for (AmountUnit unit : values()) {
            if (unit.label.equals(label.trim())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
