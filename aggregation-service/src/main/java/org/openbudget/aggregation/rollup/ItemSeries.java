package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every item of one dimension across the years that have it — the 三公 items or the expenditure types of a county
 * year by year in one answer, where {@code /series} answers one item.
 *
 * @param years the years with any amount, ascending
 * @param items each item with its name and its amount per year (a year it has no amount in is absent)
 */
public record ItemSeries(String dimension, String region, String scope, String measure, String unit,
                         List<Integer> years, List<Item> items) {

    public record Item(String item, String name, Map<Integer, BigDecimal> values) {
    }

    /** The same answer as CSV: one line per item, one column per year (RFC 4180 quoting as the roll-up's CSV). */
    String csv() {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("item", "name"));
        years.forEach(y -> header.add(String.valueOf(y)));
        out.append(String.join(",", header.stream().map(RollupCsv::quote).toList())).append("\r\n");
        for (Item item : items) {
            List<String> cells = new ArrayList<>(List.of(item.item(), item.name() == null ? "" : item.name()));
            for (Integer y : years) {
                BigDecimal v = item.values().get(y);
                cells.add(v == null ? "" : v.toPlainString());
            }
            out.append(String.join(",", cells.stream().map(RollupCsv::quote).toList())).append("\r\n");
        }
        return out.toString();
    }
}
