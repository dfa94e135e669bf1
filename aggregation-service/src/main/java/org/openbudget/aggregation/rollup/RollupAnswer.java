package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's answer: the rows of the requested page, the totals and counts of all rows, and
 * which unit the money measures are in (count, quantity, items and area are not money and never converted).
 */
public record RollupAnswer(int year, String region, String scope, String drilldown, boolean byDepartment,
                           List<String> cuts, String unit, Map<String, BigDecimal> totals,
                           Map<String, BigDecimal> previousTotals, long rowCount, int page, int pageSize,
                           List<RollupRow> rows) {
}
