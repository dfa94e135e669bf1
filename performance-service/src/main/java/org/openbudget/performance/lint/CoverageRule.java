package org.openbudget.performance.lint;

import org.openbudget.performance.targets.IndicatorPayload;

import java.util.Set;
import java.util.stream.Collectors;

/** Each project table should measure output (产出), outcome (效益) and satisfaction (满意度). */
final class CoverageRule implements Rules.ProjectRule {

    @Override
    public void check(Rules.Project project, Findings out) {
        if (project.payload().indicators().isEmpty()) {
            out.add("project.indicators-missing", Severity.ERROR, project.field("indicators"), project.id(),
                    project.label() + "没有任何绩效指标。");
            return;
        }
        Set<String> present = project.payload().indicators().stream()
                .map(IndicatorPayload::level1)
                .map(IndicatorFramework::canonical)
                .collect(Collectors.toSet());
        missing(project, present, IndicatorFramework.OUTPUT, "coverage.output-missing", out);
        missing(project, present, IndicatorFramework.OUTCOME, "coverage.outcome-missing", out);
        missing(project, present, IndicatorFramework.SATISFACTION, "coverage.satisfaction-missing", out);
    }

    private static void missing(Rules.Project project, Set<String> present, String level1, String rule, Findings out) {
        if (!present.contains(level1)) {
            out.add(rule, Severity.WARNING, project.field("indicators"), project.id(),
                    project.label() + "缺少「" + level1 + "」。");
        }
    }
}
