package org.openbudget.aggregation.document;

import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.document.narrative.Change;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/** 元 → 万元 half-up per cell (docs/DESIGN.md §3) and the year-over-year wording, on figures worked out by hand. */
class ChangeAndRoundingTest {

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void wanIsRoundedHalfUpFromTheExactYuan() {
        assertEquals("1.23", WAN_YUAN.fixed(yuan("12345.50")));   // 1.234550 → 1.23
        assertEquals("1.24", WAN_YUAN.fixed(yuan("12350.00")));   // 1.2350 → 1.24 (half-up, not half-even)
        assertEquals("1.25", WAN_YUAN.fixed(yuan("12450.00")));   // 1.2450 → 1.25 (half-even would give 1.24)
        assertEquals("394.30", WAN_YUAN.fixed(yuan("3943000.00")));
        assertEquals("0.00", WAN_YUAN.fixed(null));
        assertEquals("394.3", WAN_YUAN.sentence(yuan("3943000.00")));
        assertEquals("58", WAN_YUAN.sentence(yuan("580000.00")));
        assertEquals("0", WAN_YUAN.sentence(yuan("0.00")));
        assertEquals("10", WAN_YUAN.sentence(yuan("100000.00")));
        assertNull(WAN_YUAN.fromYuan(null));
    }

    @Test
    void changeGivesAmountAndPercentOfThePriorYear() {
        Change total = new Change(yuan("3943000.00"), yuan("9775600.00"));
        assertEquals("减少583.26万元，减少59.66%", total.amountAndPercent());   // 583.26 / 977.56 = 59.664…%
        assertEquals("增加2万元，增长25%", new Change(yuan("100000.00"), yuan("80000.00")).amountAndPercent());
        assertEquals("持平", new Change(yuan("12000.00"), yuan("12000.00")).amountAndPercent());
        assertEquals("增加1万元", new Change(yuan("10000.00"), yuan("0.00")).amountAndPercent(), "no percentage of a zero prior year");
        assertEquals("持平", new Change(yuan("12000.40"), yuan("12000.00")).amount(), "a change below 0.005 万元 prints as none");
    }
}
