package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The same answer as CSV (RFC 4180: fields with comma, quote or line break are quoted, quotes doubled). */
final class RollupCsv {

    private RollupCsv() {
    }

    static String of(RollupAnswer answer) {
        TreeSet<String> measures = new TreeSet<>();
        answer.rows().forEach(r -> measures.addAll(r.measures().keySet()));
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("department", "departmentName", "item", "name"));
        measures.forEach(header::add);
        measures.forEach(m -> header.add("previous." + m));
        measures.forEach(m -> header.add("changePercent." + m));
        header.add("departments");
        line(out, header);
        for (RollupRow row : answer.rows()) {
            List<String> cells = new ArrayList<>(List.of(nz(row.department()), nz(row.departmentName()),
                    nz(row.item()), nz(row.name())));
            measures.forEach(m -> cells.add(amount(row.measures(), m)));
            measures.forEach(m -> cells.add(amount(row.previous(), m)));
            measures.forEach(m -> cells.add(amount(row.changePercent(), m)));
            cells.add(row.departments() == null ? "" : row.departments().toString());
            line(out, cells);
        }
        return out.toString();
    }

    private static String amount(Map<String, BigDecimal> values, String measure) {
        BigDecimal v = values == null ? null : values.get(measure);
        return v == null ? "" : v.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
