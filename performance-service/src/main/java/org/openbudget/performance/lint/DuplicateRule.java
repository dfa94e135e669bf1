package org.openbudget.performance.lint;

import java.util.HashMap;
import java.util.Map;

/** The same 三级指标 twice in one project table is a copy-paste slip or double counting. */
final class DuplicateRule implements Rules.ProjectRule {

    @Override
    public void check(Rules.Project project, Findings out) {
        Map<String, Integer> firstRow = new HashMap<>();
        var rows = project.payload().indicators();
        for (int i = 0; i < rows.size(); i++) {
            String key = Rules.squeeze(rows.get(i).level3());
            Integer first = firstRow.putIfAbsent(key, i);
            if (first != null) {
                out.add("indicator.duplicate", Severity.WARNING,
                        project.field("indicators[" + i + "].level3"), project.id(),
                        project.label() + "第" + (i + 1) + "行与第" + (first + 1) + "行重复：三级指标「"
                                + rows.get(i).level3() + "」。");
            }
        }
    }
}
