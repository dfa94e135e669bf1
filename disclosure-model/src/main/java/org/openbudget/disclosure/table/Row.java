package org.openbudget.disclosure.table;

import java.util.List;

/** A numbered row (序号) with one cell per column, in 栏次 order; a blank cell is {@code null}. */
public record Row(int number, List<Cell> cells) {
}
