package org.openbudget.aggregation.document.source;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;

/**
 * Sums that keep a blank cell apart from 0: the sum of blanks is blank, a blank among figures counts as
 * nothing — an empty row of a printed table stays empty, a 0.00 stays 0.00.
 */
public final class Sum {

    private Sum() {
    }

    public static BigDecimal of(BigDecimal... amounts) {
        return of(Arrays.asList(amounts));
    }

    public static BigDecimal of(Collection<BigDecimal> amounts) {
        BigDecimal total = null;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                total = total == null ? amount : total.add(amount);
            }
        }
        return total;
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
