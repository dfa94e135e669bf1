package org.openbudget.asset.money;

import org.openbudget.common.problem.FieldError;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses amounts that cannot be stored exactly in 元 with 2 decimals: more decimals than the unit allows
 * (a split fen), or more than 16 integer digits of 元. Rounding them would silently change a figure.
 */
public final class AmountPrecision {

    private static final int MAX_INTEGER_DIGITS_YUAN = 16;

    private AmountPrecision() {
    }

    public static List<FieldError> check(AmountUnit unit, Amounted body) {
        List<FieldError> errors = new ArrayList<>();
        body.amounts("", (path, value) -> {
            if (value == null) {
                return;
            }
            int maxScale = ExactAmounts.maxScale(unit);
            if (value.stripTrailingZeros().scale() > maxScale) {
                errors.add(new FieldError(path, "at most " + maxScale + " decimals in " + unit.label()));
                return;
            }
            BigDecimal yuan = ExactAmounts.toYuan(unit, value);
            if (yuan.precision() - yuan.scale() > MAX_INTEGER_DIGITS_YUAN) {
                errors.add(new FieldError(path, "too large: at most " + MAX_INTEGER_DIGITS_YUAN + " integer digits of 元"));
            }
        });
        return errors;
    }

    public static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
