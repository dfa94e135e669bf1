package org.openbudget.aggregation.document.narrative;

import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * A year-over-year change computed from exact 元 amounts: "减少583.26万元，减少59.66%". The percentage is
 * the change over the prior amount, half-up to 2 decimals; it is left out when the prior amount is 0.
 */
public record Change(BigDecimal current, BigDecimal prior) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal difference() {
        return Amounts.orZero(current).subtract(Amounts.orZero(prior));
    }

    /** "减少583.26万元", "增加2万元" or "持平". */
    public String amount() {
        BigDecimal d = difference();
        if (WAN_YUAN.fromYuan(d).signum() == 0) {
            return "持平";
        }
        return (d.signum() < 0 ? "减少" : "增加") + WAN_YUAN.sentence(d.abs()) + "万元";
    }

    /** "减少59.66%", "增长12.5%"; null when unchanged or the prior amount is 0. */
    public String percent() {
        BigDecimal d = difference();
        if (WAN_YUAN.fromYuan(d).signum() == 0 || Amounts.orZero(prior).signum() == 0) {
            return null;
        }
        BigDecimal pct = d.abs().multiply(HUNDRED).divide(prior.abs(), 2, RoundingMode.HALF_UP);
        return (d.signum() < 0 ? "减少" : "增长") + pct.stripTrailingZeros().toPlainString() + "%";
    }

    /** "减少583.26万元，减少59.66%" or "持平". */
    public String amountAndPercent() {
        String pct = percent();
        return pct == null ? amount() : amount() + "，" + pct;
    }

    public boolean unchanged() {
        return WAN_YUAN.fromYuan(difference()).signum() == 0;
    }
}
