package org.openbudget.aggregation.document.roundtrip;

import org.openbudget.disclosure.table.Cell;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.table.Row;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.parse.TableKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nine tables as the model built them against the same tables as the parser read them back, cell for cell:
 * each numbered row's cells after 序号 — code, name, amounts — as printed (white space removed, blank as
 * blank). A table or row the parser did not find counts every one of its cells as differing; a row it found
 * that the model does not have counts its cells too.
 */
final class CellComparison {

    private long documents;
    private long cells;
    private long differing;
    private final List<String> examples = new ArrayList<>();
    private static final int EXAMPLES = 12;

    synchronized void compare(String document, List<DisclosureTable> model, org.openbudget.seeds.parse.DisclosureDocument parsed) {
        documents++;
        for (DisclosureTable t : model) {
            TableKind kind = kind(t.number());
            Optional<ParsedTable> read = parsed.table(kind);
            Map<Integer, PrintedGrid.PrintedRow> rows = new LinkedHashMap<>();
            read.ifPresent(p -> p.printed().rows().forEach(r -> rows.put(r.number(), r)));
            if (read.isEmpty()) {
                example(document + ": table " + t.number() + " (" + t.title() + ") not found");
            }
            for (Row row : t.rows()) {
                PrintedGrid.PrintedRow printed = rows.remove(row.number());
                for (int i = 0; i < row.cells().size(); i++) {
                    Cell c = row.cells().get(i);
                    String expected = PrintedGrid.cell(c == null ? null : c.display());
                    String got = printed == null || i >= printed.cells().size() ? null : printed.cells().get(i);
                    cells++;
                    boolean same = printed != null && (expected == null ? got == null : expected.equals(got));
                    if (!same) {
                        differing++;
                        if (read.isPresent()) {
                            example(document + ": table " + t.number() + " row " + row.number() + " cell " + (i + 1) + ": printed "
                                    + quote(expected) + ", read " + (printed == null ? "no such row" : quote(got)));
                        }
                    }
                }
            }
            for (PrintedGrid.PrintedRow extra : rows.values()) {
                cells += extra.cells().size();
                differing += extra.cells().size();
                example(document + ": table " + t.number() + " row " + extra.number() + " read, the model has no such row: " + extra.cells());
            }
        }
    }

    /** A document the reader or the parser refused: all of its model's cells differ. */
    synchronized void refused(String document, List<DisclosureTable> model, Exception e) {
        documents++;
        long n = model.stream().mapToLong(t -> t.rows().stream().mapToLong(r -> r.cells().size()).sum()).sum();
        cells += n;
        differing += n;
        example(document + ": refused — " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void example(String s) {
        if (examples.size() < EXAMPLES) {
            examples.add(s.length() > 400 ? s.substring(0, 400) + " …" : s);
        }
    }

    private static String quote(String s) {
        return s == null ? "(blank)" : "\"" + s + "\"";
    }

    private static TableKind kind(int number) {
        for (TableKind k : TableKind.values()) {
            if (k.number() == number) {
                return k;
            }
        }
        throw new IllegalArgumentException("no table " + number);
    }

    long documents() {
        return documents;
    }

    long cells() {
        return cells;
    }

    long differing() {
        return differing;
    }

    String summary(String format) {
        return String.format("round trip %s: %d documents, %d cells compared, %d differing%s", format, documents, cells,
                differing, examples.isEmpty() ? "" : "; first differences:\n  " + String.join("\n  ", examples));
    }
}
