package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.parse.PrintedGrid.PrintedRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one Hebei table as printed while {@link HebeiTables} reads it: the header block of every page and
 * each numbered row's cells. A line without 序号 continues the row above, cell by cell (a name wrapped onto
 * the next page), as the keyed reading joins it too.
 */
final class HebeiGrid {

    private final int columns;
    private final List<String> header = new ArrayList<>();
    private final List<PrintedRow> rows = new ArrayList<>();

    /** @param width the cells of a row, 序号 included ({@link HebeiTables#width}) */
    HebeiGrid(int width) {
        this.columns = width - 1;
    }

    void header(String line) {
        String squeezed = PrintedGrid.cell(line);
        if (squeezed != null) {
            header.add(squeezed);
        }
    }

    /** A tab-separated line below the 栏次 row. */
    void row(int line, String[] raw) {
        String seq = raw[0].strip();
        if (seq.matches("\\d+")) {
            List<String> cells = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                cells.add(c < raw.length ? PrintedGrid.cell(raw[c]) : null);
            }
            rows.add(new PrintedRow(line, Integer.parseInt(seq), cells));
        } else if (seq.isEmpty() && !rows.isEmpty()) {
            PrintedRow last = rows.remove(rows.size() - 1);
            List<String> cells = new ArrayList<>(last.cells());
            for (int c = 1; c <= columns && c < raw.length; c++) {
                String part = PrintedGrid.cell(raw[c]);
                if (part != null) {
                    cells.set(c - 1, cells.get(c - 1) == null ? part : cells.get(c - 1) + part);
                }
            }
            rows.add(new PrintedRow(last.line(), last.number(), cells));
        }
    }

    PrintedGrid build() {
        return new PrintedGrid(header, rows);
    }
}
