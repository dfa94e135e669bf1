package org.openbudget.asset.validation;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/DESIGN.md §3: 万元 figures may miss by 0.01 per rounded cell (rounding-info); 元 figures must agree to the fen. */
class ToleranceTest {

    private static Optional<Severity> classify(String expected, String actual, AmountUnit entered, AmountUnit shown, int cells) {
        return Tolerance.classify(new BigDecimal(expected), new BigDecimal(actual), entered, shown, cells);
    }

    @Test
    void seedRoundingGapsAreInfoAndLargerGapsAreErrors() {
        // the seed's 类 totals: 394.29 summed vs 394.30 printed, 5 cells
        assertEquals(Optional.of(Severity.ROUNDING_INFO), classify("394.29", "394.30", AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, 5));
        assertEquals(Optional.of(Severity.ROUNDING_INFO), classify("0.99", "1.00", AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, 1));
        assertEquals(Optional.of(Severity.ERROR), classify("0.99", "1.01", AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, 1));
        assertEquals(Optional.of(Severity.ROUNDING_INFO), classify("0.99", "1.01", AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, 2));
        assertEquals(Optional.empty(), classify("947.09", "947.09", AmountUnit.WAN_YUAN, AmountUnit.WAN_YUAN, 2));
    }

    @Test
    void toleranceFollowsTheEnteredUnitWhicheverUnitIsShown() {
        // 100 元 = 0.01 万元 entered in 万元, compared in 元
        assertEquals(Optional.of(Severity.ROUNDING_INFO), classify("9900.00", "10000.00", AmountUnit.WAN_YUAN, AmountUnit.YUAN, 1));
        assertEquals(Optional.of(Severity.ERROR), classify("9899.99", "10000.00", AmountUnit.WAN_YUAN, AmountUnit.YUAN, 1));
        // entered in 元: one fen is already an error
        assertEquals(Optional.of(Severity.ERROR), classify("7051.50", "7051.51", AmountUnit.YUAN, AmountUnit.YUAN, 1));
        assertEquals(Optional.of(Severity.ERROR), classify("0.70515", "0.705151", AmountUnit.YUAN, AmountUnit.WAN_YUAN, 1));
    }
}
