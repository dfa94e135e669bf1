package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.AmountText;
import org.openbudget.seeds.parse.OrderedPlacement;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableKind;
import org.openbudget.seeds.parse.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hebei family printed with space-aligned columns instead of tab-separated cells: what a PDF's text positions,
 * an XLSX sheet or an HTML page become as layout text (the platform's own documents among them, #14 item 8). The
 * 栏次 row numbers every column at its place on the page, so it is the ruler: each numbered row below it is cut
 * into the cells of those columns and the line is rewritten tab-separated, one line for one, so that
 * {@link HebeiTables} reads it as it reads the seed and every warning still points at the printed line.
 * <ul>
 *   <li>a code goes to the code column, the words of a name to the name column, each amount to the amount
 *       column whose number it lies under (least total distance, left to right; a blank cell is a column that
 *       got no amount);</li>
 *   <li>the header line "CODE NAME  预算年度：YYYY  单位：万元" becomes its three cells;</li>
 *   <li>a name wrapped in its cell (printed on the lines above and below its row) is joined into the row, and
 *       the lines it took are left blank;</li>
 *   <li>a page number alone on the last line of a page is left out.</li>
 * </ul>
 */
final class SpacedColumns {

    private static final Pattern COLUMN_ROW = Pattern.compile("^(栏次|档次)((?:\\s+\\d{1,2})+)$");
    private static final Pattern DEPARTMENT = Pattern.compile("^([0-9A-Za-z]{1,20})\\s+([^\\s：:]+)(?=\\s|$)");
    private static final Pattern YEAR = Pattern.compile("预算年度[：:]\\s*(\\d{4})");
    private static final Pattern UNIT = Pattern.compile("(?:金额)?单位[：:]\\s*(万元|元)");
    private static final int HEADER_LINES = 12;
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Words of one name are at most this far apart (page columns); further, they are two cells. */
    private static final int NAME_GAP = 4;

    private enum Cell { CODE, NAME, AMOUNT }

    private record Word(int start, String text) {
        double center() {
            return start + Texts.width(text) / 2.0;
        }

        int end() {
            return start + Texts.width(text);
        }
    }

    private SpacedColumns() {
    }

    /** True when the text prints its 栏次 rows with spaces, not tab-separated. */
    static boolean applies(SourceText text) {
        boolean spaced = false;
        for (int n = 1; n <= text.size(); n++) {
            String raw = text.line(n);
            if (raw.startsWith("栏次\t") || raw.startsWith("档次\t")) {
                return false;
            }
            spaced |= COLUMN_ROW.matcher(raw.strip()).matches();
        }
        return spaced;
    }

    static SourceText tabulate(SourceText text) {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            out.add(text.line(n));
        }
        TableKind kind = null;
        double[] anchors = null;
        double seqEdge = 0;
        Row last = null;
        List<Fragment> pending = new ArrayList<>();
        boolean newPage = false;
        String department = null;
        Map<Integer, TableKind> titles = HebeiTitles.find(text);
        for (int n = 1; n <= text.size(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            newPage |= text.pageStart(n);
            if (line.isEmpty()) {
                continue;
            }
            if (pageNumber(text, n)) {
                out.set(n - 1, "");
                continue;
            }
            Optional<TableKind> title = Optional.ofNullable(titles.get(n));
            if (title.isPresent() || line.endsWith("情况说明")) {
                flush(pending, last, out);
                kind = title.orElse(null);
                anchors = null;
                last = null;
                newPage = false;
                continue;
            }
            if (kind != null && (anchors == null || newPage || headerLine(line, department))) {
                // the header block of a table's page: department, 预算年度 and 单位 (however the cells wrapped), headings
                int ruler = ruler(text, n);
                newPage = false;
                if (ruler > n) {
                    // the row above may go on after the header (a name wrapped over the page break): keep it
                    department = headerBlock(text, n, ruler, out, department);
                    anchors = null;
                    n = ruler - 1;
                    continue;
                }
            }
            Matcher columns = COLUMN_ROW.matcher(line);
            if (columns.matches() && kind != null) {
                List<Word> words = words(raw);
                anchors = new double[words.size() - 1];
                for (int i = 1; i < words.size(); i++) {
                    anchors[i - 1] = words.get(i).center();
                }
                seqEdge = (words.get(0).end() + (anchors.length > 0 ? anchors[0] : words.get(0).end())) / 2;
                out.set(n - 1, String.join("\t", words.stream().map(Word::text).toList()));
                continue;
            }
            if (anchors == null || kind == null || line.startsWith("注")) {
                continue;
            }
            List<Word> words = words(raw);
            boolean numbered = SEQ.matcher(words.get(0).text()).matches() && words.get(0).start() < seqEdge;
            if (!numbered) {
                if (words.stream().noneMatch(w -> AmountText.isAmount(w.text()))) {
                    pending.add(new Fragment(n, words));
                }
                continue;
            }
            Row row = row(kind, anchors, words);
            if (row == null) {
                continue;
            }
            row.line = n;
            List<Fragment> above = new ArrayList<>();
            for (int column = 1; column < row.cells.length; column++) {
                List<Fragment> mine = new ArrayList<>();
                for (Fragment f : pending) {
                    if (nameColumn(kind, anchors, f) == column) {
                        mine.add(f);
                    }
                }
                // a fragment continues the row above, unless this row's name cell is empty: then the fragments nearest
                // it are its name's beginning, and as many as the row above took before it are that row's end
                int toAbove = row.cells[column] != null ? mine.size()
                        : last == null ? 0 : Math.min(mine.size() - 1, last.wrapped[column]);
                if (last == null && row.cells[column] != null) {
                    toAbove = 0;
                }
                for (int k = 0; k < mine.size(); k++) {
                    (k < toAbove ? last.below : above).add(mine.get(k));
                }
            }
            pending.clear();
            if (last != null) {
                last.joinBelow(out);
            }
            StringBuilder[] prefix = new StringBuilder[row.cells.length];
            for (Fragment f : above) {
                int column = nameColumn(kind, anchors, f);
                prefix[column] = (prefix[column] == null ? new StringBuilder() : prefix[column]).append(f.text());
                row.wrapped[column]++;
                out.set(f.line - 1, "");
            }
            for (int column = 0; column < prefix.length; column++) {
                if (prefix[column] != null) {
                    row.cells[column] = prefix[column] + (row.cells[column] == null ? "" : row.cells[column]);
                }
            }
            out.set(n - 1, row.tabbed());
            last = row;
        }
        flush(pending, last, out);
        return text.withLines(out);
    }

    /** The 栏次 row of the header block starting at {@code from}, or -1 when none follows within a header's length. */
    private static int ruler(SourceText text, int from) {
        for (int n = from; n <= Math.min(text.size(), from + HEADER_LINES); n++) {
            if (COLUMN_ROW.matcher(text.trimmed(n)).matches()) {
                return n;
            }
        }
        return -1;
    }

    /**
     * Rewrites the header block {@code from} … {@code ruler - 1}: the department, 预算年度 and 单位 found anywhere in it
     * become one tab-separated line (the first line they leave empty); what else the lines print (the headings) stays.
     */
    private static String headerBlock(SourceText text, int from, int ruler, List<String> out, String known) {
        String department = null;
        String year = null;
        String unit = null;
        List<Integer> freed = new ArrayList<>();
        for (int n = from; n < ruler; n++) {
            String rest = text.trimmed(n);
            if (rest.isEmpty()) {
                continue;
            }
            Matcher d = DEPARTMENT.matcher(rest);
            if (department == null && d.find()) {
                department = d.group(1) + " " + d.group(2);
                rest = rest.substring(0, d.start()) + rest.substring(d.end());
            }
            Matcher y = YEAR.matcher(rest);
            if (year == null && y.find()) {
                year = y.group(1);
                rest = rest.substring(0, y.start()) + rest.substring(y.end());
            } else if (year == null && rest.matches("预算年度[：:]")) {
                rest = "";
                year = "";
            } else if ("".equals(year) && rest.matches("\\d{4}")) {
                year = rest; // 预算年度： wrapped in its cell, the year on a line of its own
                rest = "";
            }
            Matcher u = UNIT.matcher(rest);
            if (unit == null && u.find()) {
                unit = u.group(1);
                rest = rest.substring(0, u.start()) + rest.substring(u.end());
            }
            if (rest.isBlank() && !text.trimmed(n).equals(rest)) {
                out.set(n - 1, "");
                freed.add(n);
            }
        }
        if (department != null && year != null && !year.isEmpty() && unit != null) {
            int at = freed.isEmpty() ? from : freed.get(0);
            out.set(at - 1, department + "\t预算年度：" + year + "\t单位：" + unit);
        }
        return department != null ? department : known;
    }

    /**
     * A line of a page's header block printed among the rows when the text has no page breaks: 预算年度, 单位, or the
     * department ("434 高邑县政府办") printed in the table's first header block.
     */
    private static boolean headerLine(String line, String department) {
        return YEAR.matcher(line).find() || line.matches("预算年度[：:].*") || UNIT.matcher(line).find()
                || department != null && Texts.squeeze(line).startsWith(Texts.squeeze(department));
    }

    /** The fragments left after the last row of a table are the end of its name. */
    private static void flush(List<Fragment> pending, Row last, List<String> out) {
        if (last != null) {
            last.below.addAll(pending);
            last.joinBelow(out);
        }
        pending.clear();
    }

    private record Fragment(int line, List<Word> words) {
        String text() {
            StringBuilder s = new StringBuilder();
            words.forEach(w -> s.append(w.text()));
            return s.toString();
        }

        double start() {
            return words.get(0).start();
        }
    }

    /** A numbered row cut into its cells (序号 first). */
    private static final class Row {
        final TableKind kind;
        final double[] anchors;
        final String[] cells;
        /** Per cell: how many lines above the row its name took (a PDF cell wraps as many below). */
        final int[] wrapped;
        int line;
        final List<Fragment> below = new ArrayList<>();

        Row(TableKind kind, double[] anchors) {
            this.kind = kind;
            this.anchors = anchors;
            cells = new String[anchors.length + 1];
            wrapped = new int[anchors.length + 1];
        }

        void joinBelow(List<String> out) {
            if (below.isEmpty()) {
                return;
            }
            for (Fragment f : below) {
                int column = nameColumn(kind, anchors, f);
                cells[column] = (cells[column] == null ? "" : cells[column]) + f.text();
                out.set(f.line - 1, "");
            }
            below.clear();
            out.set(line - 1, tabbed());
        }

        String tabbed() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    s.append('\t');
                }
                s.append(cells[i] == null ? "" : cells[i]);
            }
            return s.toString();
        }
    }

    private static List<Cell> types(TableKind kind, int columns) {
        List<Cell> types = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            Cell c = switch (kind) {
                case SUMMARY, FISCAL_SUMMARY -> i == 0 || i == 2 ? Cell.NAME : Cell.AMOUNT;
                case THREE_PUBLIC -> i == 0 ? Cell.NAME : Cell.AMOUNT;
                default -> i == 0 ? Cell.CODE : i == 1 ? Cell.NAME : Cell.AMOUNT;
            };
            types.add(c);
        }
        return types;
    }

    /** The cell (1-based after 序号) of the name column nearest to where the fragment starts. */
    private static int nameColumn(TableKind kind, double[] anchors, Fragment f) {
        List<Cell> types = types(kind, anchors.length);
        int best = -1;
        double distance = Double.MAX_VALUE;
        for (int i = 0; i < anchors.length; i++) {
            if (types.get(i) == Cell.NAME) {
                double d = Math.abs(leftEdge(anchors, i) - f.start());
                if (d < distance) {
                    distance = d;
                    best = i + 1;
                }
            }
        }
        return best;
    }

    /** Where column {@code i} starts: halfway from the number of the column before it. */
    private static double leftEdge(double[] anchors, int i) {
        return i == 0 ? anchors[0] - (anchors.length > 1 ? (anchors[1] - anchors[0]) / 2 : 0) : (anchors[i - 1] + anchors[i]) / 2;
    }

    private static Row row(TableKind kind, double[] anchors, List<Word> words) {
        List<Cell> types = types(kind, anchors.length);
        Row row = new Row(kind, anchors);
        row.cells[0] = words.get(0).text();
        List<Word> rest = words.subList(1, words.size());
        int i = 0;
        if (types.get(0) == Cell.CODE) {
            // the code: digits left of the name column, as printed ("2010301", or split by the export: "211030 1")
            List<String> digits = new ArrayList<>();
            int j = i;
            while (j < rest.size() && rest.get(j).text().matches("\\d+") && rest.get(j).start() < leftEdge(anchors, 1)) {
                digits.add(rest.get(j).text());
                j++;
            }
            if (!digits.isEmpty() && CODE.matcher(String.join("", digits)).matches()) {
                row.cells[1] = String.join(" ", digits);
                i = j;
            }
        }
        // names and amounts in print order; a name's words are those between amounts
        List<Word> amounts = new ArrayList<>();
        List<Integer> amountSide = new ArrayList<>();
        int side = 0;
        StringBuilder name = new StringBuilder();
        double nameStart = -1;
        int previousEnd = 0;
        for (; i < rest.size(); i++) {
            Word w = rest.get(i);
            if (AmountText.isAmount(w.text())) {
                if (!name.isEmpty()) {
                    side = place(row, kind, anchors, name.toString(), nameStart);
                    name.setLength(0);
                }
                amounts.add(w);
                amountSide.add(side);
            } else {
                if (!name.isEmpty() && w.start() - previousEnd >= NAME_GAP) {
                    // two names side by side (revenue | expenditure) with no amount between them
                    side = place(row, kind, anchors, name.toString(), nameStart);
                    name.setLength(0);
                }
                if (name.isEmpty()) {
                    nameStart = w.start();
                } else {
                    name.append(' '); // as printed: "（境） 费"
                }
                name.append(w.text());
                previousEnd = w.end();
            }
        }
        if (!name.isEmpty()) {
            place(row, kind, anchors, name.toString(), nameStart);
        }
        placeAmounts(row, types, anchors, amounts, amountSide);
        return row;
    }

    /** Puts a name into the name column nearest its start; returns that column (0-based) so amounts after it stay right of it. */
    private static int place(Row row, TableKind kind, double[] anchors, String name, double start) {
        int column = nameColumn(kind, anchors, new Fragment(0, List.of(new Word((int) start, name))));
        row.cells[column] = row.cells[column] == null ? name : row.cells[column] + name;
        return column - 1;
    }

    /**
     * Amounts into amount columns left to right, each column at most once, least total distance between an amount's
     * middle and its column's number; an amount printed after a name stays right of that name's column.
     */
    private static void placeAmounts(Row row, List<Cell> types, double[] anchors, List<Word> amounts, List<Integer> after) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            if (types.get(c) == Cell.AMOUNT) {
                columns.add(c);
            }
        }
        int n = amounts.size();
        if (n == 0) {
            return;
        }
        int[] first = new int[n];
        for (int a = 0; a < n; a++) {
            int c = 0;
            while (c < columns.size() && columns.get(c) < after.get(a)) {
                c++;
            }
            first[a] = c;
        }
        int[] placed = OrderedPlacement.place(amounts.stream().mapToDouble(Word::center).toArray(),
                columns.stream().mapToDouble(c -> anchors[c]).toArray(), first);
        if (placed == null) {
            // more amounts than columns: keep them in order from the first amount column, HebeiTables reports the extra
            for (int a = 0; a < n && a < columns.size(); a++) {
                row.cells[columns.get(a) + 1] = amounts.get(a).text();
            }
            return;
        }
        for (int a = 0; a < n; a++) {
            row.cells[columns.get(placed[a]) + 1] = amounts.get(a).text();
        }
    }

    /** A number alone on the last line of a page (the next non-blank line starts a new page, or the text ends). */
    private static boolean pageNumber(SourceText text, int n) {
        if (!text.trimmed(n).matches("[-—–]?\\s*\\d{1,4}\\s*[-—–]?")) {
            return false;
        }
        int next = text.nextNonBlank(n);
        for (int k = n + 1; k <= (next < 0 ? text.size() : next); k++) {
            if (text.pageStart(k)) {
                return true;
            }
        }
        return next < 0;
    }

    /** The words of a line where pdftotext placed them: a word starts at its page column, a CJK character is two wide. */
    private static List<Word> words(String line) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            out.add(new Word(m.start(), m.group()));
        }
        return out;
    }
}
