package org.openbudget.seeds.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed (Hebei, tab-separated cells) laid out as a PDF's or an HTML page's layout text prints the same tables:
 * every tab-separated line of a table placed in columns on the page the way pdftotext places words (a word starts
 * at its page column; a CJK character is one character of the text but two columns of the page), names
 * left-aligned, amounts right-aligned, the 栏次 numbers in the middle of their column, optionally a long name
 * wrapped in its cell onto the lines above and below its row. Built at test time from the committed seed; nothing
 * in it comes from the parser.
 */
final class SpacedSeed {

    private static final int GAP = 3;

    private SpacedSeed() {
    }

    /** @param wrapAbove names wider than this (page columns) are wrapped around their row, as a PDF cell wraps them; 0: never */
    static String of(String seed, int wrapAbove) {
        List<String> lines = Arrays.asList(seed.split("\n", -1));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).contains("\t") || lines.get(i).contains(".....")) {
                out.add(lines.get(i));
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && (lines.get(end).contains("\t") || lines.get(end).isBlank())) {
                end++;
            }
            block(lines.subList(i, end), wrapAbove, out);
            i = end;
        }
        return String.join("\n", out);
    }

    /**
     * The explanatory sections' paragraphs (lines wider than {@code width} page columns after the nine tables, not a
     * grid's spaced cells) wrapped at {@code width} as a PDF prints them: the first line indented by four spaces, the
     * next lines from the first column.
     */
    static String wrapParagraphs(String spaced, int width) {
        List<String> out = new ArrayList<>();
        boolean sections = false;
        for (String line : spaced.split("\n", -1)) {
            sections |= line.strip().endsWith("情况说明") && !line.contains(".....");
            String t = line.strip();
            if (!sections || Texts.width(t) <= width || t.contains("   ")) {
                out.add(line);
                continue;
            }
            StringBuilder current = new StringBuilder("    ");
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                String c = new String(Character.toChars(cp));
                if (Texts.width(current.toString()) + Texts.width(c) > width) {
                    out.add(current.toString());
                    current = new StringBuilder();
                }
                current.append(c);
                i += Character.charCount(cp);
            }
            out.add(current.toString());
        }
        return String.join("\n", out);
    }

    /** One run of tab-separated lines (a table's header and rows, or a page of it) laid out on one column grid. */
    private static void block(List<String> block, int wrapAbove, List<String> out) {
        List<String[]> rows = block.stream().map(l -> l.split("\t", -1)).toList();
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                int w = Texts.width(r[c].strip());
                width[c] = Math.max(width[c], c == 2 && wrapAbove > 0 ? Math.min(w, wrapAbove) : w);
            }
        }
        int[] start = new int[columns];
        for (int c = 1; c < columns; c++) {
            start[c] = start[c - 1] + width[c - 1] + GAP;
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            if (block.get(k).isBlank()) {
                out.add("");
                continue;
            }
            boolean columnRow = r[0].strip().equals("栏次");
            String[] cells = r.clone();
            String above = null;
            String below = null;
            int nameColumn = 2;
            // only a row between two rows is wrapped: where the seed itself continues a name after a page break
            // (a line without 序号 at the top of the next page), a wrapped neighbour would make one riddle of the two
            boolean nextIsRow = k + 1 < rows.size() && rows.get(k + 1)[0].strip().matches("\\d+");
            boolean previousIsRow = k > 0 && rows.get(k - 1)[0].strip().matches("\\d+");
            if (wrapAbove > 0 && nextIsRow && previousIsRow && r.length > nameColumn && r[0].strip().matches("\\d+")
                    && Texts.width(r[nameColumn].strip()) > wrapAbove) {
                String name = r[nameColumn].strip();
                int half = name.length() / 2;
                above = name.substring(0, half);
                below = name.substring(half);
                cells[nameColumn] = "";
            }
            if (above != null) {
                out.add(place(new String[]{"", "", above}, start, width, false));
            }
            out.add(place(cells, start, width, columnRow));
            if (below != null) {
                out.add(place(new String[]{"", "", below}, start, width, false));
            }
        }
    }

    private static String place(String[] cells, int[] start, int[] width, boolean centred) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String text = cells[c].strip();
            if (text.isEmpty()) {
                continue;
            }
            int w = Texts.width(text);
            int at = centred && c > 0 ? start[c] + (width[c] - w) / 2
                    : AmountText.isAmount(text) && c > 0 ? start[c] + width[c] - w : start[c];
            if (line.length() >= at) {
                line.append("  ");
            } else {
                line.append(" ".repeat(at - line.length()));
            }
            line.append(text);
        }
        return line.toString();
    }
}
