package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableClassifier;
import org.openbudget.seeds.parse.TableKind;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the nine tables of a Hebei-family text start, and which is which. A title printed as the seed prints it
 * is taken at once; any other line naming a 表 is a title when a 栏次 row follows within a header's length and the
 * headings between them are the columns of one of the nine tables ({@link TableClassifier}) — so "表1 2023年单位预算
 * 收支总表" or "一、部门收入预算总表" are read by their columns, whatever the prefix or the level (#14).
 */
final class HebeiTitles {

    private static final Pattern COLUMN_ROW = Pattern.compile("^(栏次|档次)(\\t.*|(\\s+\\d{1,2})+)$");
    private static final int HEADER_LINES = 12;
    private static final int LONGEST_TITLE = 60;

    private HebeiTitles() {
    }

    /** The table titles by line, in print order. */
    static Map<Integer, TableKind> find(SourceText text) {
        Map<Integer, TableKind> titles = new TreeMap<>();
        for (int n = 1; n <= text.size(); n++) {
            String line = text.trimmed(n);
            if (line.indexOf('表') < 0) {
                continue; // every title names its 表
            }
            Optional<TableKind> exact = HebeiTables.title(line);
            if (exact.isPresent()) {
                titles.put(n, exact.get());
                continue;
            }
            if (!candidate(text.line(n), line)) {
                continue;
            }
            int ruler = ruler(text, n);
            if (ruler < 0) {
                continue;
            }
            StringBuilder header = new StringBuilder();
            for (int k = n + 1; k < ruler; k++) {
                header.append(text.line(k)).append('\n');
            }
            Optional<TableKind> kind = TableClassifier.classify(line, header.toString());
            if (kind.isPresent()) {
                titles.put(n, kind.get());
            }
        }
        return titles;
    }

    private static boolean candidate(String raw, String line) {
        return raw.indexOf('\t') < 0 && line.contains("表") && line.length() <= LONGEST_TITLE && !line.contains("...")
                && !line.contains("……") && !line.endsWith("情况说明") && !line.startsWith("注");
    }

    /** The 栏次 row of the header that starts under line {@code title}, or -1 (another title or a row comes first). */
    private static int ruler(SourceText text, int title) {
        for (int n = title + 1; n <= Math.min(text.size(), title + HEADER_LINES); n++) {
            String line = text.trimmed(n);
            if (COLUMN_ROW.matcher(line).matches()) {
                return n;
            }
            if (HebeiTables.title(line).isPresent() || candidate(text.line(n), line) || line.matches("^\\d+\\t.*")) {
                return -1;
            }
        }
        return -1;
    }
}
