package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AmountTextTest {

    @Test
    void figuresAreKeptAsPrinted() {
        assertEquals(Optional.of(new BigDecimal("394.30")), AmountText.parse("394.30"));
        assertEquals(Optional.of(new BigDecimal("9501164")), AmountText.parse(" 9,501,164 "));
        assertEquals(Optional.of(new BigDecimal("1212.12")), AmountText.parse("1,212.12"));
        assertEquals(Optional.of(new BigDecimal("0")), AmountText.parse("0"));
    }

    @Test
    void blankIsEmptyAndTextIsNoAmount() {
        assertEquals(Optional.empty(), AmountText.parse(""));
        assertEquals(Optional.empty(), AmountText.parse("  "));
        assertNull(AmountText.parse("-"));
        assertNull(AmountText.parse("12,34"));
        assertNull(AmountText.parse("约5万"));
    }
}
