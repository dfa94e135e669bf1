package org.openbudget.seeds.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Rows typed by hand as {@code "key|name|cell1|cell2|…"}, an empty cell for a blank one, compared with
 * parsed rows cell by cell (numerically: 394.3 and 394.30 are the same figure).
 */
public final class Expected {

    private Expected() {
    }

    public static void rows(ParsedTable table, List<String> columns, String... expected) {
        List<ParsedRow> rows = new ArrayList<>(table.rows());
        assertEquals(expected.length, rows.size(), () -> "rows of table " + table.kind().number() + ": " + rows.stream()
                .map(ParsedRow::key).toList());
        for (int i = 0; i < expected.length; i++) {
            row(table, rows.get(i), columns, expected[i]);
        }
    }

    public static void row(ParsedTable table, ParsedRow row, List<String> columns, String expected) {
        String[] cells = expected.split("\\|", -1);
        String where = "table " + table.kind().number() + " line " + row.line() + " (" + expected + ")";
        assertEquals(cells[0], row.key(), where + ": key");
        assertEquals(cells[1], row.name(), where + ": name");
        assertEquals(columns.size(), cells.length - 2, "test data: " + expected);
        for (int c = 0; c < columns.size(); c++) {
            String want = cells[c + 2];
            BigDecimal got = row.cell(columns.get(c));
            if (want.isEmpty()) {
                assertEquals(null, got, where + ": " + columns.get(c) + " must be blank");
            } else {
                if (got == null) {
                    fail(where + ": " + columns.get(c) + " is blank, expected " + want);
                }
                assertEquals(0, new BigDecimal(want).compareTo(got), where + ": " + columns.get(c) + " is " + got + ", expected " + want);
            }
        }
        for (String column : row.cells().keySet()) {
            assertTrue(columns.contains(column), where + ": unexpected cell " + column);
        }
    }

    public static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
