package org.openbudget.aggregation.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The numbered rows of the seed's nine tables, read from the published text itself (tab-separated cells,
 * headers repeated on every page): what a generated document must print, table by table, cell by cell.
 * Codes split by the PDF export ("211030 1") and names wrapped over a page ("…养老保险" + "缴费支出") are
 * joined; whitespace inside a cell is ignored when comparing.
 */
public final class SeedTables {

    /** The seed's titles (table 7 lacks 性 in the seed: its defect S3; generated documents print 政府性基金). */
    static final String[] TITLES = {"部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表",
            "部门预算一般公共预算财政拨款支出表", "部门预算一般公共预算财政拨款基本支出表", "部门预算政府基金预算财政拨款支出表",
            "部门预算国有资本经营预算财政拨款支出表", "部门预算财政拨款“三公”经费支出表"};
    private static final Pattern ROW = Pattern.compile("^(\\d+)\\t(.*)$");
    private static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d{2}");

    /** A printed row: 序号 and its cells after 序号, normalized. */
    public record SeedRow(int number, List<String> cells) {
    }

    private SeedTables() {
    }

    /** Table number (1–9) → its rows in print order. */
    public static Map<Integer, List<SeedRow>> read() throws IOException {
        List<String> lines = Files.readAllLines(SeedFixtures.SEED_TEXT);
        Map<Integer, List<SeedRow>> tables = new TreeMap<>();
        int current = 0;
        for (String line : lines) {
            String trimmed = line.strip();
            int title = Arrays.asList(TITLES).indexOf(trimmed);
            if (title >= 0) {
                current = title + 1;
                tables.putIfAbsent(current, new ArrayList<>());
                continue;
            }
            if (trimmed.contains("部门预算信息公开情况说明")) {
                current = 0;
            }
            if (current == 0) {
                continue;
            }
            List<SeedRow> rows = tables.get(current);
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                List<String> cells = new ArrayList<>();
                for (String c : m.group(2).split("\\t", -1)) {
                    cells.add(norm(c));
                }
                rows.add(new SeedRow(Integer.parseInt(m.group(1)), cells));
            } else if (line.startsWith("\t\t") && !rows.isEmpty()) {
                String[] cells = line.split("\\t", -1);
                long filled = Arrays.stream(cells).filter(c -> !c.isBlank()).count();
                if (filled == 1 && cells.length > 2 && !cells[2].isBlank()) {
                    SeedRow last = rows.get(rows.size() - 1);
                    last.cells().set(1, last.cells().get(1) + norm(cells[2]));
                }
            }
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
