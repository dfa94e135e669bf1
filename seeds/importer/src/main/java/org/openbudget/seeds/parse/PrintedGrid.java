package org.openbudget.seeds.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table's cells as printed, before any cell is read as a figure: what a generated document must print again,
 * row for row and cell for cell. The services' seed tests take their expected tables from it, so the seed is
 * read by this one parser only.
 *
 * @param header the lines of the header block (department, 预算年度, 单位, column headings) on every page the
 *               table is printed on, white space removed
 * @param rows   the numbered rows in print order
 */
public record PrintedGrid(List<String> header, List<PrintedRow> rows) {

    /** A layout whose grid is not kept (Shanghai's space-aligned columns: #14). */
    public static final PrintedGrid NONE = new PrintedGrid(List.of(), List.of());

    public PrintedGrid {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public String headerText() {
        return String.join("\n", header);
    }

    /**
     * One numbered row.
     *
     * @param number the printed 序号
     * @param cells  the cells after 序号, as many as the table has columns; a blank cell is null. White space inside
     *               a cell is removed (the PDF export splits codes, "211030 1", and spaces names), and a cell wrapped
     *               onto the next line or page is joined to it ("机关事业单位基本养老保险" + "缴费支出").
     */
    public record PrintedRow(int line, int number, List<String> cells) {

        public PrintedRow {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** A printed cell as the grid holds it: white space (the ideographic space too) removed, blank as null. */
    public static String cell(String printed) {
        if (printed == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '\u3000') {
                s.append(c);
            }
        }
        return s.isEmpty() ? null : s.toString();
    }
}
