package org.openbudget.budget.table;

import java.util.List;

/**
 * A printed row: its 序号 and one cell per column, in 栏次 order; a blank cell is {@code null}.
 */
public record TableRow(int number, List<String> cells) {
}
