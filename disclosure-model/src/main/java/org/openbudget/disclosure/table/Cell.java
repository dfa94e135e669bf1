package org.openbudget.disclosure.table;

import java.math.BigDecimal;

/**
 * One printed cell: text, or an amount in the table's unit already rounded to 2 decimals (kept as a number so that
 * a spreadsheet gets a numeric cell). A blank cell is {@code null} in a row, never a Cell.
 */
public record Cell(String text, BigDecimal amount) {

    public static Cell text(String text) {
        return text == null ? null : new Cell(text, null);
    }

    /** @param rounded an amount in the table's unit, rounded to 2 decimals */
    public static Cell amount(BigDecimal rounded) {
        return rounded == null ? null : new Cell(null, rounded);
    }

    public boolean isAmount() {
        return amount != null;
    }

    /** As printed: amounts with exactly 2 decimals. */
    public String display() {
        return amount != null ? amount.toPlainString() : text;
    }
}
