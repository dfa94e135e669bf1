package org.openbudget.aggregation.document.table;

import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.FunctionalLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 类 rows of tables 1 and 4: every 类 of the functional classification (printed even when empty — the
 * seed prints all 30), plus any 类 the budget uses that the list lacks, in code order. The list ships with
 * this service ({@code document/functional-classes.csv}): the aggregation service reads no other service's
 * catalog, and budget-service publishes no catalog events.
 */
public final class FunctionalClasses {

    /** One 类 row: code, the name to print, and the budget's line for it (null when the budget has none). */
    public record ClassRow(String code, String name, FunctionalLine line) {
    }

    private static final Map<String, String> CATALOG = load();

    private FunctionalClasses() {
    }

    public static List<ClassRow> of(BudgetData budget) {
        Map<String, FunctionalLine> lines = new TreeMap<>();
        budget.functional().lines().stream().filter(l -> l.code().length() == 3).forEach(l -> lines.put(l.code(), l));
        Map<String, ClassRow> rows = new TreeMap<>();
        CATALOG.forEach((code, name) -> rows.put(code, new ClassRow(code, name, lines.get(code))));
        lines.forEach((code, line) -> rows.putIfAbsent(code, new ClassRow(code, line.name(), line)));
        return new ArrayList<>(rows.values());
    }

    /** The name of a 类 as the list has it, e.g. 211 → 节能环保支出. */
    public static String name(String code) {
        return CATALOG.get(code);
    }

    private static Map<String, String> load() {
        Map<String, String> catalog = new TreeMap<>();
        try (InputStream in = FunctionalClasses.class.getResourceAsStream("/document/functional-classes.csv")) {
            if (in == null) {
                throw new IllegalStateException("document/functional-classes.csv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] parts = line.split(",", 2);
                catalog.put(parts[0].trim(), parts[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }
}
