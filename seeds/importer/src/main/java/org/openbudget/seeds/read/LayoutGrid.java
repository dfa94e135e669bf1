package org.openbudget.seeds.read;

import org.openbudget.seeds.parse.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cells of a table (an HTML {@code <table>}, a worksheet) laid out as {@code pdftotext -layout} prints a page:
 * each column at a fixed position wide enough for its widest cell, a word starting at the page column it
 * would start at (a CJK character is two columns wide on the page and one character in the text), headings
 * centred over their columns, amounts right-aligned, names left-aligned — the way the tables are printed.
 * The parser then reads a workbook or a web page exactly as it reads a PDF.
 */
final class LayoutGrid {

    enum Align { LEFT, CENTER, RIGHT }

    /** A cell's text on one row, from {@code column} over {@code span} columns. */
    record Placed(int row, int column, int span, String text, Align align) {
    }

    /** Spaces between two columns: more than one, so a column boundary never reads as a space inside a name. */
    static final int GAP = 3;
    /** A cell wider than this (a paragraph, a note under a table) does not widen its columns; it runs on. */
    static final int RUN_ON = 60;

    private final List<Placed> cells = new ArrayList<>();
    private int rows;
    private int columns;

    void add(int row, int column, int span, String text, Align align) {
        String t = text == null ? "" : text.strip();
        rows = Math.max(rows, row + 1);
        columns = Math.max(columns, column + Math.max(1, span));
        if (!t.isEmpty()) {
            cells.add(new Placed(row, column, Math.max(1, span), t, align));
        }
    }

    int rows() {
        return rows;
    }

    /** One line per row, trailing blanks removed; a row without text is an empty line. */
    List<String> lines() {
        int[] start = starts(widths());
        List<List<Placed>> byRow = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            byRow.add(new ArrayList<>());
        }
        cells.forEach(c -> byRow.get(c.row()).add(c));
        List<String> out = new ArrayList<>(rows);
        for (List<Placed> row : byRow) {
            row.sort(Comparator.comparingInt(Placed::column));
            StringBuilder line = new StringBuilder();
            int page = 0; // the page column the line's text reaches (a CJK character: one character, two columns)
            for (Placed c : row) {
                int from = start[c.column()];
                int room = start[c.column() + c.span()] - GAP - from;
                int w = Texts.width(c.text());
                int at = switch (c.align()) {
                    case LEFT -> from;
                    case RIGHT -> from + Math.max(0, room - w);
                    case CENTER -> from + Math.max(0, (room - w) / 2);
                };
                if (page > 0) {
                    at = Math.max(at, page + 1); // a run-on cell reached this one: one space between them
                }
                while (line.length() < at) {
                    line.append(' ');
                }
                line.append(c.text());
                page = at + w;
            }
            out.add(strip(line));
        }
        return out;
    }

    private int[] widths() {
        int[] width = new int[columns];
        List<Placed> spanning = new ArrayList<>();
        for (Placed c : cells) {
            int w = Texts.width(c.text());
            if (w > RUN_ON) {
                continue;
            }
            if (c.span() == 1) {
                width[c.column()] = Math.max(width[c.column()], w);
            } else {
                spanning.add(c);
            }
        }
        spanning.sort(Comparator.comparingInt(Placed::span));
        for (Placed c : spanning) {
            int have = GAP * (c.span() - 1);
            for (int i = c.column(); i < c.column() + c.span(); i++) {
                have += width[i];
            }
            int need = Texts.width(c.text()) - have;
            for (int i = 0; need > 0; i = (i + 1) % c.span()) {
                width[c.column() + i]++; // spread what is missing over the spanned columns
                need--;
            }
        }
        return width;
    }

    /** The page column where each column starts; {@code starts[columns]} is where the next would. */
    private int[] starts(int[] width) {
        int[] start = new int[columns + 1];
        for (int i = 0; i < columns; i++) {
            start[i + 1] = start[i] + width[i] + (width[i] > 0 ? GAP : 0);
        }
        return start;
    }

    private static String strip(StringBuilder line) {
        int n = line.length();
        while (n > 0 && line.charAt(n - 1) == ' ') {
            n--;
        }
        return line.substring(0, n);
    }

    /**
     * A cell's text on one line: lines wrapped inside a cell are joined, without a space between two CJK
     * characters (a wrapped heading "财政拨款收" + "入") and with one elsewhere.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text.strip().replace('\u00A0', ' ');
        }
        String[] parts = text.strip().split("\\s*[\\r\\n]+\\s*");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !(Texts.width(out.substring(out.length() - 1)) == 2 && Texts.width(p.substring(0, 1)) == 2)) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString().replace('\u00A0', ' ');
    }
}
