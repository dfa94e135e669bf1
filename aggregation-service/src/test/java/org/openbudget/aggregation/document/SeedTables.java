package org.openbudget.aggregation.document;

import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.seed.SeedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The numbered rows of the seed's nine tables as the published text prints them, read by the importer's parser
 * (seeds-importer's SeedDocument, the one reader of the seed): what a generated document must print, table by
 * table, cell by cell. Codes split by the PDF export ("211030 1") and names wrapped over a page
 * ("…养老保险" + "缴费支出") come joined; whitespace inside a cell is ignored when comparing.
 */
public final class SeedTables {

    private static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d{2}");

    /** A printed row: 序号 and its cells after 序号, normalized (a blank cell is ""). */
    public record SeedRow(int number, List<String> cells) {
    }

    private SeedTables() {
    }

    /** Table number (1–9) → its rows in print order. */
    public static Map<Integer, List<SeedRow>> read() {
        Map<Integer, List<SeedRow>> tables = new TreeMap<>();
        for (int t = 1; t <= 9; t++) {
            List<SeedRow> rows = new ArrayList<>();
            for (PrintedGrid.PrintedRow row : SeedDocument.printed(t).rows()) {
                rows.add(new SeedRow(row.number(), row.cells().stream().map(SeedTables::norm).toList()));
            }
            tables.put(t, rows);
        }
        return tables;
    }

    /** Whitespace removed: the seed's split codes and spaced names compare equal to the generated ones. */
    public static String norm(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\s\\u3000]+", "");
    }

    /** Every 2-decimal figure printed in a table's rows. */
    public static List<String> figures(List<SeedRow> rows) {
        List<String> out = new ArrayList<>();
        for (SeedRow r : rows) {
            for (String c : r.cells()) {
                if (FIGURE.matcher(c).matches()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Asserts that {@code generated} (number → normalized cells after 序号) prints every seed row of the table
     * with the same cells, blanks included, and no other row.
     */
    public static void assertSameRows(int table, List<SeedRow> seed, Map<Integer, List<String>> generated) {
        assertEquals(seed.size(), generated.size(), "table " + table + ": number of rows, generated " + generated.keySet());
        for (SeedRow row : seed) {
            List<String> have = generated.get(row.number());
            if (have == null) {
                fail("table " + table + ": row " + row.number() + " is missing");
            }
            int n = Math.max(row.cells().size(), have.size());
            for (int i = 0; i < n; i++) {
                String want = i < row.cells().size() ? row.cells().get(i) : "";
                String got = i < have.size() ? have.get(i) : "";
                assertEquals(want, got, "table " + table + " row " + row.number() + " column " + (i + 1));
            }
        }
        assertTrue(seed.size() > 0 || generated.isEmpty());
    }
}
