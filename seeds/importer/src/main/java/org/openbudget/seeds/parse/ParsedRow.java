package org.openbudget.seeds.parse;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One printed row of a table.
 *
 * @param line        the line it was printed on
 * @param side        {@code revenue} or {@code expenditure} in the two-sided tables 1 and 4, else null
 * @param key         what the row is: a classification code (healed), a "三公" item, a revenue source, or
 *                    {@code total} for a 合计 row
 * @param printedCode the code exactly as printed when it differs from {@code key} ("211030 1", "7 11 02")
 * @param name        the label as printed (a name wrapped over a page break is joined, with a warning)
 * @param cells       the non-blank cells by column key, figures exactly as printed; a blank cell is absent
 */
public record ParsedRow(int line, String side, String key, String printedCode, String name,
                        Map<String, BigDecimal> cells) {

    public ParsedRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public BigDecimal cell(String column) {
        return cells.get(column);
    }

    public ParsedRow withName(String newName) {
        return new ParsedRow(line, side, key, printedCode, newName, cells);
    }
}
