package org.openbudget.asset.money;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The unit an amount is written in: 元 (yuan, canonical, 2 decimals) or 万元 (ten thousand yuan, the unit of
 * the printed tables). Conversions are exact: 1 万元 = 10 000 元, so an amount entered in 万元 may carry up
 * to 6 decimals (whole fen) and an amount shown in 万元 keeps every fen of the stored 元 figure.
 */
@Schema(enumeration = {"元", "万元"})
public enum MoneyUnit {
    YUAN("元", 2),
    WAN_YUAN("万元", 6);

    private final String label;
    private final int maxScale;

    MoneyUnit(String label, int maxScale) {
        this.label = label;
        this.maxScale = maxScale;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** How many decimals an amount in this unit may have without splitting a fen. */
    public int maxScale() {
        return maxScale;
    }

    public static Optional<MoneyUnit> parse(String label) {
        for (MoneyUnit unit : values()) {
            if (unit.label.equals(label)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** To canonical 元 with 2 decimals; the caller has checked {@link #maxScale()}. */
    public BigDecimal toYuan(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal yuan = this == YUAN ? amount : amount.movePointRight(4);
        return yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** From canonical 元; 万元 figures keep at least 2 decimals and every significant fen beyond. */
    public BigDecimal fromYuan(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        if (this == YUAN) {
            return yuan.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal wan = yuan.setScale(2, RoundingMode.UNNECESSARY).movePointLeft(4).stripTrailingZeros();
        return wan.setScale(Math.max(2, wan.scale()), RoundingMode.UNNECESSARY);
    }

    /** Zero as this unit prints it: {@code 0.00}. */
    public BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
