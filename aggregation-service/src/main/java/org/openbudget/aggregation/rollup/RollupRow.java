package org.openbudget.aggregation.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One answer row: a department and/or an item of the drilled dimension, its measures, the same measures
 * a year earlier, and the change (amount and percent) where both exist.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RollupRow(String department, String departmentName, String item, String name,
                        Map<String, BigDecimal> measures, Map<String, BigDecimal> previous,
                        Map<String, BigDecimal> change, Map<String, BigDecimal> changePercent,
                        Integer departments) {
}
