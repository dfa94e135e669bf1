package org.openbudget.aggregation.consistency;

import java.util.List;
import java.util.Map;

/**
 * The report of one department-year, with the source versions it reflects so a reader sees how fresh
 * it is (a missing source has no entry).
 */
public record ConsistencyReport(String department, String departmentName, int year, String scope,
                                Map<String, Long> sourceVersions, Map<String, Integer> counts, List<Finding> findings) {
}
