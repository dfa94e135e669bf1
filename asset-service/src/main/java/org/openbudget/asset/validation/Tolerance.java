package org.openbudget.asset.validation;

import org.openbudget.asset.money.ExactAmounts;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Whether a gap between two amounts is exact, rounding or an inconsistency. Figures entered in 元 must
 * agree to the fen. Figures entered in 万元 were rounded per printed cell, so a gap of at most 0.01 万元
 * (100 元) per rounded cell involved is {@link Severity#ROUNDING_INFO} (docs/DESIGN.md §3); anything larger is an
 * {@link Severity#ERROR}. The figures compared may be in either unit ({@code shownIn}).
 */
public final class Tolerance {

    private static final BigDecimal WAN_CELL_IN_YUAN = new BigDecimal("100.00");

    private Tolerance() {
    }

    /** The largest gap, in {@code shownIn}, that rounding of {@code cells} cells entered in {@code entered} explains. */
    public static BigDecimal allowed(AmountUnit entered, AmountUnit shownIn, int cells) {
        BigDecimal yuan = entered == AmountUnit.WAN_YUAN
                ? WAN_CELL_IN_YUAN.multiply(BigDecimal.valueOf(Math.max(cells, 1)))
                : BigDecimal.ZERO.setScale(2);
        return ExactAmounts.fromYuan(shownIn, yuan);
    }

    /** Empty when equal to the fen; otherwise the severity of the gap. */
    public static Optional<Severity> classify(BigDecimal expected, BigDecimal actual,
                                              AmountUnit entered, AmountUnit shownIn, int cells) {
        BigDecimal gap = toFen(expected.subtract(actual).abs(), shownIn);
        if (gap.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(gap.compareTo(allowed(entered, shownIn, cells)) <= 0 ? Severity.ROUNDING_INFO : Severity.ERROR);
    }

    /** Rounds to whole fen in the given unit (2 decimals of 元, up to 6 of 万元), written as the unit prints it. */
    public static BigDecimal toFen(BigDecimal amount, AmountUnit unit) {
        return ExactAmounts.fromYuan(unit,
                ExactAmounts.toYuan(unit, amount.setScale(ExactAmounts.maxScale(unit), RoundingMode.HALF_UP)));
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
