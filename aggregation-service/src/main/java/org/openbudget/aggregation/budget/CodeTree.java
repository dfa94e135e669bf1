package org.openbudget.aggregation.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * Rows of a classification keyed by code, where a parent is its code's prefix (201 → 20103 → 2010301).
 * A parent row as printed wins; a parent that was not printed is the sum of its children, so a
 * department that reports only 项 rows still rolls up at 类 and 款.
 *
 * @param <F> the figures of one row
 */
final class CodeTree<F> {

    private final Map<String, F> printed = new LinkedHashMap<>();
    private final TreeSet<String> codes = new TreeSet<>();
    private final int[] lengths;
    private final BinaryOperator<F> plus;
    private final F zero;

    CodeTree(int[] lengths, F zero, BinaryOperator<F> plus) {
        this.lengths = lengths;
        this.zero = zero;
        this.plus = plus;
    }

    void put(String code, F figures) {
        printed.put(code, figures);
        for (int length : lengths) {
            if (length <= code.length()) {
                codes.add(code.substring(0, length));
            }
        }
    }

    /** Every code at {@code level} (0 = 类), printed or implied by a child. */
    Iterable<String> codesAt(int level) {
        return codes.stream().filter(c -> c.length() == lengths[level]).toList();
    }

    F figures(String code) {
        F row = printed.get(code);
        if (row != null) {
            return row;
        }
        F sum = zero;
        int childLength = childLength(code.length());
        for (String child : codes.subSet(code, code + Character.MAX_VALUE)) {
            if (child.length() == childLength) {
                sum = plus.apply(sum, figures(child));
            }
        }
        return sum;
    }

    private int childLength(int length) {
        for (int l : lengths) {
            if (l > length) {
                return l;
            }
        }
        return Integer.MAX_VALUE;
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
