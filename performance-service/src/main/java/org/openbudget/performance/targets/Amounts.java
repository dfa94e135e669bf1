package org.openbudget.performance.targets;

import org.openbudget.common.problem.FieldError;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Entered amounts of the project tables: in the platform's units ({@link AmountUnit}: 元, 万元), stored in 元 with 2
 * decimals. The limits on decimals (元 2, 万元 6) make the conversion exact.
 */
public final class Amounts {

    private static final BigDecimal MAX_YUAN = new BigDecimal("9999999999999999.99");

    private Amounts() {
    }

    /** A unit-specific problem Bean Validation cannot see: 元 with more than 2 decimals, or more 元 than can be stored. */
    public static Optional<FieldError> check(AmountPayload amount, String field) {
        if (amount == null || amount.value() == null || amount.unit() == null) {
            return Optional.empty();
        }
        Optional<AmountUnit> unit = AmountUnit.byLabel(amount.unit());
        if (unit.isEmpty()) {
            return Optional.empty(); // Bean Validation names the unit
        }
        if (unit.get() == AmountUnit.YUAN && amount.value().stripTrailingZeros().scale() > 2) {
            return Optional.of(new FieldError(field + ".value", "an amount in 元 has at most 2 decimals"));
        }
        // 14 integer digits pass Bean Validation, but in 万元 they are 18 in 元: more than amount_yuan numeric(18, 2) holds
        if (unit.get().toYuan(amount.value()).compareTo(MAX_YUAN) > 0) {
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
        return AmountUnit.byLabel(amount.unit()).orElseThrow().toYuan(amount.value());
    }
}
