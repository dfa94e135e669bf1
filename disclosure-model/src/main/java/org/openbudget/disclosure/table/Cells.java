package org.openbudget.disclosure.table;

import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Cell helpers shared by the table builders. */
final class Cells {

    private Cells() {
    }

    /** An amount in 元 as a cell of {@code unit}, rounded on its own (never from other rounded cells); blank stays blank. */
    static Cell amount(BigDecimal yuan, AmountUnit unit) {
        return Cell.amount(unit.fromYuan(yuan));
    }

    static Cell text(String text) {
        return Cell.text(text);
    }

    static List<Cell> row(Cell... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static List<Cell> blanks(int n) {
        return new ArrayList<>(Collections.nCopies(n, null));
    }
}
