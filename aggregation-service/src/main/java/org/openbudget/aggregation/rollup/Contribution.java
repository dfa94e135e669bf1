package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure a department-year adds to the roll-ups: e.g. dimension {@code functional.类}, item {@code 201},
 * measure {@code basic}, amount in 元; or dimension {@code assets}, item {@code vehicles}, measure {@code count}.
 */
public record Contribution(String dimension, String item, String measure, BigDecimal amount) {

    /** Adds the figure unless it is blank: a blank cell contributes nothing (it is not 0). */
    public static void add(List<Contribution> out, Dimension dimension, String item, String measure, BigDecimal amount) {
        if (amount != null) {
            out.add(new Contribution(dimension.wire(), item, measure, amount));
        }
    }
}
