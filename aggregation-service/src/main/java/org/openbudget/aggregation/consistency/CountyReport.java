package org.openbudget.aggregation.consistency;

import java.util.List;
import java.util.Map;

/** The county view: every department ranked — missing first, then by errors and warnings. */
public record CountyReport(int year, String region, String scope, Map<String, Integer> totals, List<Entry> departments) {

    /** One department's standing; {@code state} is missing, late, errors, warnings or ok. */
    public record Entry(String department, String name, String state, int errors, int warnings, int infos,
                        List<String> errorRules) {
    }
}
