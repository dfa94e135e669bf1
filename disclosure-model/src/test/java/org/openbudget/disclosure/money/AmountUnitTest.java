package org.openbudget.disclosure.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 元 ↔ 万元 and the three printed forms (docs/DESIGN.md §3): each cell rounded half-up to 2 decimals from its exact 元. */
class AmountUnitTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void tenThousandYuanRoundsHalfUpToTwoDecimalsCellByCell() {
        assertEquals(d("394.30"), AmountUnit.WAN_YUAN.fromYuan(d("3943000.00")));
        assertEquals(d("1.23"), AmountUnit.WAN_YUAN.fromYuan(d("12345.67")));
        assertEquals(d("0.01"), AmountUnit.WAN_YUAN.fromYuan(d("50.00")), "0.005 万元 rounds up");
        assertEquals(d("0.00"), AmountUnit.WAN_YUAN.fromYuan(d("49.99")));
        assertEquals(d("12345.67"), AmountUnit.YUAN.fromYuan(d("12345.67")));
        assertNull(AmountUnit.WAN_YUAN.fromYuan(null), "blank stays blank");
    }

    @Test
    void enteredAmountsConvertExactlyToYuan() {
        assertEquals(d("3943000.00"), AmountUnit.WAN_YUAN.toYuan(d("394.30")));
        assertEquals(d("100.00"), AmountUnit.WAN_YUAN.toYuan(d("0.01")));
        assertEquals(d("100.00"), AmountUnit.WAN_YUAN.stepInYuan());
    }

    @Test
    void threePrintedForms() {
        assertEquals("394.30", AmountUnit.WAN_YUAN.cell(d("3943000")));
        assertNull(AmountUnit.WAN_YUAN.cell(null), "a table's blank cell");
        assertEquals("0.00", AmountUnit.WAN_YUAN.fixed(null), "summaries write a blank as 0.00");
        assertEquals("947.09", AmountUnit.WAN_YUAN.fixed(d("9470900.00")));
        // the narrative writes 394.3万元, 58万元, 0万元 (seed section 二)
        assertEquals("394.3", AmountUnit.WAN_YUAN.sentence(d("3943000.00")));
        assertEquals("58", AmountUnit.WAN_YUAN.sentence(d("580000.00")));
        assertEquals("0", AmountUnit.WAN_YUAN.sentence(null));
        assertEquals("0", AmountUnit.WAN_YUAN.sentence(d("49.00")), "rounded first, then written");
        assertEquals("1.2", AmountUnit.WAN_YUAN.sentence(d("12000.00")));
    }

    @Test
    void labelsLookUp() {
        assertEquals(Optional.of(AmountUnit.WAN_YUAN), AmountUnit.byLabel(" 万元 "));
        assertEquals(Optional.of(AmountUnit.YUAN), AmountUnit.byLabel("元"));
        assertTrue(AmountUnit.byLabel("千元").isEmpty());
        assertTrue(AmountUnit.byLabel(null).isEmpty());
    }

    @Test
    void sumsKeepABlankApartFromZero() {
        assertNull(Amounts.sum(null, null));
        assertEquals(d("1.50"), Amounts.sum(d("1.50"), null));
        assertEquals(d("0.00"), Amounts.sum(d("0.00"), null), "0.00 is printed, blank is not");
        assertEquals(BigDecimal.ZERO, Amounts.orZero(null));
        assertTrue(Amounts.allBlank(null, null));
    }
}
