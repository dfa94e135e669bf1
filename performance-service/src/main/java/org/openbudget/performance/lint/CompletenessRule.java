package org.openbudget.performance.lint;

import org.openbudget.performance.targets.ProjectPayload;
import org.openbudget.performance.targets.TargetSetPayload;

import java.util.HashSet;
import java.util.Set;

/**
 * The department-wide part must be there before submission: a 总体绩效目标, and 专项资金 either
 * described or explicitly declared absent. (A set started through the project endpoints has neither.)
 */
final class CompletenessRule implements Rules.SetRule {

    @Override
    public void check(TargetSetPayload set, Findings out) {
        if (Rules.isBlank(set.overallGoal())) {
            out.add("department.overall-goal-missing", Severity.ERROR, "overallGoal", null, "缺少总体绩效目标。");
        }
        if (set.specialFunds() == null) {
            out.add("department.special-funds-unstated", Severity.ERROR, "specialFunds", null,
                    "未说明专项资金绩效目标（没有专项资金时应明确说明）。");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < set.projects().size(); i++) {
            ProjectPayload p = set.projects().get(i);
            if (!names.add(Rules.squeeze(p.name()))) {
                out.add("project.duplicate-name", Severity.WARNING, "projects[" + i + "].name", p.id(),
                        "项目名称《" + p.name() + "》出现了两次。");
            }
        }
    }
}
