package org.openbudget.performance.targets;

import org.openbudget.common.problem.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Unit handling of entered amounts: 元 (canonical, 2 decimals) and 万元 (10 000 元). */
public final class Amounts {

    public static final String YUAN = "元";
    public static final String WAN_YUAN = "万元";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_YUAN = new BigDecimal("9999999999999999.99");

    private Amounts() {
    }

    /** A unit-specific problem Bean Validation cannot see: 元 with more than 2 decimals, or more 元 than can be stored. */
    public static Optional<FieldError> check(AmountPayload amount, String field) {
        if (amount == null || amount.value() == null || amount.unit() == null) {
            return Optional.empty();
        }
        if (YUAN.equals(amount.unit()) && amount.value().stripTrailingZeros().scale() > 2) {
            return Optional.of(new FieldError(field + ".value", "an amount in 元 has at most 2 decimals"));
        }
        // 14 integer digits pass Bean Validation, but in 万元 they are 18 in 元: more than amount_yuan numeric(18, 2) holds
        BigDecimal yuan = WAN_YUAN.equals(amount.unit()) ? amount.value().multiply(TEN_THOUSAND) : amount.value();
        if (yuan.compareTo(MAX_YUAN) > 0) {
            return Optional.of(new FieldError(field + ".value", "must be at most " + MAX_YUAN.toPlainString() + " 元"));
        }
        return Optional.empty();
    }

    /** The same amount written with at least 2 decimals, so that 20 and 20.00 are one amount. */
    public static AmountPayload normalize(AmountPayload amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal v = amount.value().stripTrailingZeros();
        int scale = Math.max(2, v.scale());
        return new AmountPayload(v.setScale(scale, RoundingMode.UNNECESSARY), amount.unit());
    }

    /** In 元 with 2 decimals; exact because 万元 carries at most 6 decimals. */
    public static BigDecimal toYuan(AmountPayload amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal yuan = WAN_YUAN.equals(amount.unit()) ? amount.value().multiply(TEN_THOUSAND) : amount.value();
        return yuan.setScale(2, RoundingMode.UNNECESSARY);
    }
}
