package org.openbudget.performance.lint;

import org.openbudget.performance.indicator.IndicatorValueParser;
import org.openbudget.performance.targets.ProjectPayload;
import org.openbudget.performance.targets.TargetSetPayload;

import java.util.List;

/**
 * Checks a department-year's performance targets against the indicator frameworks and the quality
 * problems seen in real disclosures (reference/performance_framework.md §2, §4). Findings never
 * block saving; only error-severity findings block submission. Pure: no I/O, no state.
 */
public final class TargetLinter {

    private final List<Rules.SetRule> setRules = List.of(new CompletenessRule());
    private final List<Rules.ProjectRule> projectRules = List.of(new AmountRule(), new CoverageRule(), new DuplicateRule());
    private final List<Rules.RowRule> rowRules = List.of(new FrameworkRule(), new ValueRule(), new BasisRule());

    public LintReport lint(TargetSetPayload set) {
        Findings out = new Findings();
        setRules.forEach(r -> r.check(set, out));
        List<ProjectPayload> projects = set.projects() == null ? List.of() : set.projects();
        for (int i = 0; i < projects.size(); i++) {
            Rules.Project project = new Rules.Project(i, projects.get(i));
            projectRules.forEach(r -> r.check(project, out));
            var rows = project.payload().indicators();
            for (int j = 0; j < rows.size(); j++) {
                Rules.Row row = new Rules.Row(project, j, rows.get(j), IndicatorValueParser.parse(rows.get(j).value()));
                rowRules.forEach(r -> r.check(row, out));
            }
        }
        return LintReport.of(out.list());
    }
}
