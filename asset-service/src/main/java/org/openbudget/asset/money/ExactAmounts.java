package org.openbudget.asset.money;

import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 元 ↔ 万元 as this service converts: exactly, both ways. The printed documents round each 万元 cell to 2 decimals
 * ({@link AmountUnit#fromYuan}); the asset tables keep every fen (2 350.50 元 reads 0.23505 万元), and an amount that
 * would split a fen is refused at the door ({@link AmountPrecision}), so converting one here fails rather than rounds.
 */
public final class ExactAmounts {

    private ExactAmounts() {
    }

    /** To canonical 元 with 2 decimals; an {@link ArithmeticException} for a split fen. */
    public static BigDecimal toYuan(AmountUnit unit, BigDecimal amount) {
        return amount == null ? null : amount.multiply(yuanPer(unit)).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** From canonical 元; 万元 figures keep at least 2 decimals and every significant fen beyond. */
    public static BigDecimal fromYuan(AmountUnit unit, BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        BigDecimal exact = yuan.setScale(2, RoundingMode.UNNECESSARY).divide(yuanPer(unit)).stripTrailingZeros();
        return exact.setScale(Math.max(2, exact.scale()), RoundingMode.UNNECESSARY);
    }

    /** How many decimals an amount in {@code unit} may have without splitting a fen: 2 in 元, 6 in 万元. */
    public static int maxScale(AmountUnit unit) {
        return 2 - yuanPer(unit).stripTrailingZeros().scale();
    }

    /** Zero as the tables print it: {@code 0.00}. */
    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** 1 or 10 000: the unit's size in 元, as the platform's unit defines it. */
    private static BigDecimal yuanPer(AmountUnit unit) {
        return unit.toYuan(BigDecimal.ONE);
    }
}
