package org.openbudget.seeds.parse.shanghai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line under a table's title that names who prepared it and the unit: "编制单位：… 单位：元",
 * "编制部门：… 单位:万元", or the unit alone ("单位：元", "金额单位：万元"). Every table of the layout prints one,
 * whatever the level (部门 or 单位) or the year, so it is where a table is recognised to start.
 *
 * @param label    what the line calls the preparer (编制部门, 编制单位, …), null when it names none
 * @param preparer the department or unit as printed, null when blank
 * @param unit     元 or 万元
 */
public record UnitLine(String label, String preparer, String unit) {

    private static final Pattern LINE = Pattern.compile(
            "^((?:编制|预算)(?:单位|部门)|预算主管部门|单位名称|部门名称)[：:]\\s*(\\S*?)(?:\\s{2,}.*?)?\\s*(?:金额)?单位[：:]\\s*(万元|元)$"
                    + "|^(?:金额)?单位[：:]\\s*(万元|元)$");

    /** The unit line {@code trimmed} is, or null. */
    public static UnitLine of(String trimmed) {
        Matcher m = LINE.matcher(trimmed);
        if (!m.matches()) {
            return null;
        }
        if (m.group(4) != null) {
            return new UnitLine(null, null, m.group(4));
        }
        String preparer = m.group(2);
        return new UnitLine(m.group(1), preparer == null || preparer.isEmpty() ? null : preparer, m.group(3));
    }
}
