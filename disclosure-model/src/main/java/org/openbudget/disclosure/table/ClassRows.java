package org.openbudget.disclosure.table;

import org.openbudget.disclosure.budget.FunctionalLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 类 rows of tables 1 and 4: every 类 of the input's list (printed even when empty — the seed prints all 30)
 * plus any 类 the budget uses that the list lacks, in code order.
 */
final class ClassRows {

    /** One 类 row: code, the name to print, and the budget's line for it (null when the budget has none). */
    record ClassRow(String code, String name, FunctionalLine line) {
    }

    private ClassRows() {
    }

    static List<ClassRow> of(TableInput in) {
        Map<String, FunctionalLine> lines = new TreeMap<>();
        in.content().functional().lines().stream().filter(l -> l.code().length() == 3).forEach(l -> lines.put(l.code(), l));
        Map<String, ClassRow> rows = new TreeMap<>();
        in.functionalClasses().forEach(c -> rows.put(c.code(), new ClassRow(c.code(), c.name(), lines.get(c.code()))));
        lines.forEach((code, line) -> rows.putIfAbsent(code, new ClassRow(code, line.name(), line)));
        return new ArrayList<>(rows.values());
    }
}
