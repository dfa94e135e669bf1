package org.openbudget.seeds.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current-year amounts the year-over-year sentences talk about, taken from the parsed tables and
 * expressed in the unit of the text: totals from table 3's 合计 row, 人员/公用经费 from table 6, the
 * "三公" items from table 9. A blank cell is 0.
 */
public final class CurrentAmounts {

    private CurrentAmounts() {
    }

    public static Map<String, BigDecimal> of(List<ParsedTable> tables, String textUnit) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (ParsedTable t : tables) {
            switch (t.kind()) {
                case EXPENDITURE -> t.row(TableKind.TOTAL_ROW).ifPresent(r -> {
                    put(out, "total", r.cell(TableKind.TOTAL), t.unit(), textUnit);
                    put(out, "basic", r.cell(TableKind.BASIC), t.unit(), textUnit);
                    put(out, "project", r.cell(TableKind.PROJECT), t.unit(), textUnit);
                });
                case BASIC_ECONOMIC -> t.row(TableKind.TOTAL_ROW).ifPresent(r -> {
                    put(out, "personnel", r.cell(TableKind.PERSONNEL), t.unit(), textUnit);
                    put(out, "publicUse", r.cell(TableKind.PUBLIC_USE), t.unit(), textUnit);
                });
                case THREE_PUBLIC -> {
                    for (ParsedRow r : t.rows()) {
                        String item = r.key().equals("total") ? "threePublic" : r.key();
                        put(out, item, r.cell(TableKind.TOTAL), t.unit(), textUnit);
                    }
                }
                default -> {
                }
            }
        }
        // 机关运行经费 is the 公用经费 of the general budget where no table prints it (docs/DESIGN.md §4)
        if (!out.containsKey("agencyOperation") && out.containsKey("publicUse")) {
            out.put("agencyOperation", out.get("publicUse"));
        }
        return out;
    }

    private static void put(Map<String, BigDecimal> out, String item, BigDecimal amount, String unit, String textUnit) {
        if (amount == null) {
            return;
        }
        out.put(item, convert(amount, unit, textUnit));
    }

    /** 元 → 万元 and back, exactly (no rounding: 64,000 元 is 6.4 万元). */
    public static BigDecimal convert(BigDecimal amount, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return amount;
        }
        BigDecimal converted = "万元".equals(from) ? amount.movePointRight(4) : amount.movePointLeft(4);
        converted = converted.stripTrailingZeros();
        return converted.setScale(Math.max(2, converted.scale()), RoundingMode.UNNECESSARY);
    }
}
