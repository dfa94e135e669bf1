package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.OrderedPlacement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The amount columns of a space-aligned table, placed by their headings. A row's amounts are assigned to
 * columns in order (left to right, each column at most once) so that the total distance between each
 * amount and its column's heading is least; a blank cell is a column that got no amount. This is what
 * tells "6.4 0 0 6.4 _ 6.4 0" apart from "_ 6.4 0 0 6.4 6.4 0" in the Shanghai "三公" table.
 */
final class ColumnGrid {

    /** A column: its key and the page position of its heading's middle. */
    record Column(String key, double center) {
    }

    /** An amount placed in a column, and how far from the heading it lies. */
    record Placement(Token token, Column column, double distance) {
    }

    /**
     * A column by the wording of its heading: exact words first, then any heading word containing them;
     * {@code occurrence} picks the n-th such heading from the left (a department-level 财务收支预算总表 prints
     * 预算数 once per side).
     */
    record Heading(String key, List<String> words, int occurrence) {
        static Heading of(String key, String... words) {
            return new Heading(key, List.of(words), 1);
        }

        static Heading nth(int occurrence, String key, String... words) {
            return new Heading(key, List.of(words), occurrence);
        }
    }

    private final List<Column> columns;

    private ColumnGrid(List<Column> columns) {
        this.columns = columns;
    }

    List<Column> columns() {
        return columns;
    }

    /**
     * Finds each heading among the header lines' words; empty with the missing column's key when one
     * is not printed (the table is then not read rather than read into the wrong columns).
     */
    static ColumnGrid fromHeader(List<String> headerLines, List<Heading> headings, List<String> missing) {
        List<Token> words = new ArrayList<>();
        headerLines.forEach(l -> words.addAll(Token.of(l)));
        List<Column> columns = new ArrayList<>();
        for (Heading h : headings) {
            Optional<Token> word = find(words, h, true).or(() -> find(words, h, false));
            if (word.isEmpty()) {
                missing.add(h.key());
            } else {
                columns.add(new Column(h.key(), word.get().center()));
            }
        }
        columns.sort(Comparator.comparingDouble(Column::center));
        return new ColumnGrid(columns);
    }

    private static Optional<Token> find(List<Token> words, Heading h, boolean exact) {
        return words.stream()
                .filter(t -> h.words().stream().anyMatch(w -> exact ? t.text().equals(w) : t.text().contains(w)))
                .sorted(Comparator.comparingInt(Token::start))
                .skip(h.occurrence() - 1L)
                .findFirst();
    }

    /** Least-distance order-preserving placement of {@code amounts} (left to right); empty when they outnumber the columns. */
    Optional<List<Placement>> place(List<Token> amounts) {
        int[] placed = OrderedPlacement.place(amounts.stream().mapToDouble(Token::center).toArray(),
                columns.stream().mapToDouble(Column::center).toArray(), new int[amounts.size()]);
        if (placed == null) {
            return Optional.empty();
        }
        List<Placement> out = new ArrayList<>();
        for (int a = 0; a < placed.length; a++) {
            Column c = columns.get(placed[a]);
            out.add(new Placement(amounts.get(a), c, Math.abs(amounts.get(a).center() - c.center())));
        }
        return Optional.of(out);
    }

    Map<String, Double> centers() {
        Map<String, Double> out = new LinkedHashMap<>();
        columns.forEach(c -> out.put(c.key(), c.center()));
        return out;
    }
}
