package org.openbudget.asset.money;

import org.junit.jupiter.api.Test;
import org.openbudget.common.problem.FieldError;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExactAmountsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void wanYuanConvertsExactlyBothWays() {
        assertEquals(d("9470900.00"), ExactAmounts.toYuan(AmountUnit.WAN_YUAN, d("947.09")));
        assertEquals(d("947.09"), ExactAmounts.fromYuan(AmountUnit.WAN_YUAN, d("9470900.00")));
        assertEquals(d("2350.50"), ExactAmounts.toYuan(AmountUnit.WAN_YUAN, d("0.23505")));
        assertEquals(d("0.23505"), ExactAmounts.fromYuan(AmountUnit.WAN_YUAN, d("2350.50")));
        assertEquals(d("0.000001"), ExactAmounts.fromYuan(AmountUnit.WAN_YUAN, d("0.01")));
        assertEquals(d("0.00"), ExactAmounts.fromYuan(AmountUnit.WAN_YUAN, d("0.00")));
        assertEquals(d("15.00"), ExactAmounts.fromYuan(AmountUnit.WAN_YUAN, d("150000.00")));
        assertEquals(d("138.26"), ExactAmounts.toYuan(AmountUnit.YUAN, d("138.26")));
        assertEquals(d("8.00"), ExactAmounts.toYuan(AmountUnit.YUAN, d("8")));
    }

    @Test
    void maxScaleIsAWholeFen() {
        assertEquals(2, ExactAmounts.maxScale(AmountUnit.YUAN));
        assertEquals(6, ExactAmounts.maxScale(AmountUnit.WAN_YUAN));
    }

    @Test
    void aSplitFenIsNeverRoundedAway() {
        assertThrows(ArithmeticException.class, () -> ExactAmounts.toYuan(AmountUnit.YUAN, d("1.005")));
        assertThrows(ArithmeticException.class, () -> ExactAmounts.toYuan(AmountUnit.WAN_YUAN, d("0.0000005")));
    }

    @Test
    void precisionCheckNamesEveryOffendingPath() {
        Amounted body = (prefix, sink) -> {
            sink.amount("a", d("1.005"));
            sink.amount("b", d("1.50000"));
            sink.amount("c", null);
            sink.amount("d", d("12345678901234567"));
        };
        List<FieldError> errors = AmountPrecision.check(AmountUnit.YUAN, body);
        assertEquals(List.of("a", "d"), errors.stream().map(FieldError::field).toList());
        Amounted wan = (prefix, sink) -> {
            sink.amount("ok", d("0.000001"));
            sink.amount("bad", d("0.0000001"));
        };
        assertEquals(List.of("bad"), AmountPrecision.check(AmountUnit.WAN_YUAN, wan).stream().map(FieldError::field).toList());
    }
}
