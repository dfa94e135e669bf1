package org.openbudget.disclosure.money;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Sums that keep a blank cell apart from 0: the sum of blanks is blank, a blank among figures counts as
 * nothing. The printed tables depend on it ("空表" rows stay empty, a 0.00 is printed as 0.00).
 */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal sum(BigDecimal... amounts) {
        return sum(Arrays.asList(amounts));
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = null;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                total = total == null ? amount : total.add(amount);
            }
        }
        return total;
    }

    /** Blank counts as 0 in a comparison. */
    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public static boolean allBlank(BigDecimal... amounts) {
        return Arrays.stream(amounts).allMatch(Objects::isNull);
    }
}
