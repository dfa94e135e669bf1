package org.openbudget.budget.table;

import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.parse.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nine tables as printed in a disclosure text, read by the importer's parser (seeds-importer, the one reader of
 * the seed): the expected values of the table tests come from the document itself, not from our code. The
 * parser joins what the PDF extraction split — tables over pages with repeated headers, a name wrapped onto the
 * next page ("…基本养老保险" + "缴费支出"), codes split by a space ("211030 1").
 */
final class PrintedTables {

    /** A printed table: title, header text, rows (number → cells, blank = null) and the note, if any. */
    record Printed(String title, String headerText, Map<Integer, List<String>> rows, String note) {
    }

    /** The cells after 序号 of each table (its 栏次). */
    static final int[] COLUMNS = {4, 12, 8, 7, 5, 5, 5, 5, 5};

    private PrintedTables() {
    }

    static List<Printed> parse(String text) {
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("seed", text));
        List<Printed> tables = new ArrayList<>();
        for (int number = 1; number <= 9; number++) {
            int n = number;
            ParsedTable t = doc.tables().stream().filter(p -> p.kind().number() == n).findFirst()
                    .orElseThrow(() -> new IllegalStateException("table " + n + " not found in the seed"));
            Map<Integer, List<String>> rows = new LinkedHashMap<>();
            t.printed().rows().forEach(r -> rows.put(r.number(), r.cells()));
            tables.add(new Printed(t.title(), t.printed().headerText(), rows, t.note()));
        }
        return tables;
    }

    /** A cell compared as the parser holds the printed one: white space removed ("211030 1" is 2110301), blank null. */
    static String cell(String raw) {
        return PrintedGrid.cell(raw);
    }
}
