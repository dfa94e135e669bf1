package org.openbudget.aggregation.document.bundle;

import org.openbudget.disclosure.money.Amounts;
import org.openbudget.disclosure.classification.FunctionalClasses;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * The county summary of a bundle: one line per department (万元) and the county total, then expenditure
 * by functional 类 across the county. Totals add the exact 元 amounts and are rounded once.
 */
public final class CountySummary {

    private CountySummary() {
    }

    /** CSV (UTF-8 with BOM, so that spreadsheet programs read the Chinese as such). */
    public static byte[] csv(int year, String region, String scope, List<DepartmentFigures> departments) {
        StringBuilder s = new StringBuilder("\uFEFF");
        s.append("部门编码,部门名称,预算状态");
        for (String c : DepartmentFigures.COLUMNS) {
            s.append(',').append(c).append("（万元）");
        }
        s.append('\n');
        for (DepartmentFigures d : departments) {
            s.append(csvCell(d.code())).append(',').append(csvCell(d.name())).append(',')
                    .append(d.hasBudget() ? d.status() : "无" + ("published".equals(scope) ? "已公开" : "") + "预算");
            for (String c : DepartmentFigures.COLUMNS) {
                BigDecimal v = d.amounts().get(c);
                s.append(',').append(v == null ? "" : WAN_YUAN.fixed(v));
            }
            s.append('\n');
        }
        s.append(",县合计（").append(region).append("，").append(year).append("）,");
        for (String c : DepartmentFigures.COLUMNS) {
            s.append(',').append(WAN_YUAN.fixed(total(departments, c)));
        }
        s.append('\n');
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Expenditure by functional 类 across the county's departments (万元). */
    public static byte[] byClassCsv(List<DepartmentFigures> departments) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (DepartmentFigures d : departments) {
            d.byClass().forEach((code, amount) -> {
                if (amount != null) {
                    totals.merge(code, amount, BigDecimal::add);
                    counts.merge(code, 1, Integer::sum);
                }
                names.putIfAbsent(code, d.classNames().get(code));
            });
        }
        StringBuilder s = new StringBuilder("\uFEFF科目编码,科目名称,支出合计（万元）,部门数\n");
        totals.forEach((code, amount) -> s.append(code).append(',')
                .append(csvCell(FunctionalClasses.name(code).orElse(names.get(code))))
                .append(',').append(WAN_YUAN.fixed(amount)).append(',').append(counts.get(code)).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static BigDecimal total(List<DepartmentFigures> departments, String column) {
        List<BigDecimal> values = new ArrayList<>();
        departments.forEach(d -> values.add(d.amounts().get(column)));
        return Amounts.orZero(Amounts.sum(values));
    }

    private static String csvCell(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
