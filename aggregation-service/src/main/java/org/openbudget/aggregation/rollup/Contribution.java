package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;

/**
 * One figure a department-year adds to the roll-ups: e.g. dimension {@code functional.类}, item {@code 201},
 * measure {@code basic}, amount in 元; or dimension {@code assets}, item {@code vehicles}, measure {@code count}.
 */
public record Contribution(String dimension, String item, String measure, BigDecimal amount) {
}
