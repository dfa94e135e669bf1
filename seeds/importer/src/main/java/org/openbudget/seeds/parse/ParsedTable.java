package org.openbudget.seeds.parse;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Optional;

/**
 * One of the nine tables as printed.
 *
 * @param kind    which of the nine
 * @param title   the title as printed
 * @param line    the line of the title
 * @param unit    the table's unit (元 or 万元); Shanghai prints the "三公" table in 万元 among 元 tables
 * @param rows    the rows in printed order, header and 栏次 rows left out
 * @param note    the 注 printed under it, e.g. "注：无政府基金预算财政拨款预算，空表列示。"
 * @param printed the same table as a grid of printed cells ({@link PrintedGrid#NONE} where the layout keeps none);
 *                left out of the parse-only output, whose rows already carry every figure
 */
public record ParsedTable(TableKind kind, String title, int line, String unit, List<ParsedRow> rows, String note,
                          @JsonIgnore PrintedGrid printed) {

    public ParsedTable {
        rows = List.copyOf(rows);
    }

    public Optional<ParsedRow> row(String key) {
        return rows.stream().filter(r -> key.equals(r.key())).findFirst();
    }

    public Optional<ParsedRow> row(String side, String key) {
        return rows.stream().filter(r -> side.equals(r.side()) && key.equals(r.key())).findFirst();
    }

    /** Rows whose key is a classification code, in printed order. */
    public List<ParsedRow> codeRows() {
        return rows.stream().filter(r -> r.key() != null && r.key().chars().allMatch(Character::isDigit)).toList();
    }
}
