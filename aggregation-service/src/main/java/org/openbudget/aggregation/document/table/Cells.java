package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.model.Cell;
import org.openbudget.aggregation.document.model.Wan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cell helpers shared by the table builders. */
final class Cells {

    private Cells() {
    }

    /** An amount in 元 as a 万元 cell; blank stays blank. */
    static Cell wan(BigDecimal yuan) {
        return Cell.amount(Wan.of(yuan));
    }

    static Cell text(String text) {
        return Cell.text(text);
    }

    static List<Cell> row(Cell... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static List<Cell> blanks(int n) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(null);
        }
        return cells;
    }

    /** 1 → 一, 13 → 十三 (row labels "十三、农林水支出"). */
    static String chinese(int n) {
        return org.openbudget.aggregation.document.model.Numerals.chinese(n);
    }
}
