package org.openbudget.seeds.load;

import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.Performance;

import java.util.ArrayList;
import java.util.List;

/**
 * Section 五 for performance-service. The printed project tables carry neither the project's amount nor
 * its functional code (the seed's do not), so both stay absent rather than matched by guess. An empty
 * printed 指标值 or 指标值确定依据 cell is sent as an empty string, as printed (the lint reports it).
 */
final class PerformanceBodies {

    private PerformanceBodies() {
    }

    /** Null (with a warning) when the section lacks what the service requires. */
    static PerformanceBody build(Performance p, Warnings warnings) {
        if (p == null) {
            return null;
        }
        if (p.overallGoal() == null || p.specialFunds() == null) {
            warnings.add(p.line(), WarningKind.NOT_LOADED, "section 五 prints no " + (p.overallGoal() == null ? "总体绩效目标" : "专项资金 statement")
                    + ": performance-service requires it, the performance targets are not loaded");
            return null;
        }
        List<PerformanceBody.SubGoal> subGoals = p.subGoals().stream().filter(g -> !g.entries().isEmpty())
                .map(g -> new PerformanceBody.SubGoal(g.title(), g.entries().stream()
                        .map(e -> new PerformanceBody.GoalEntry(e.goal(), e.indicator())).toList()))
                .toList();
        p.subGoals().stream().filter(g -> g.entries().isEmpty()).forEach(g -> warnings.add(g.line(), WarningKind.SKIPPED,
                "分项绩效目标 " + g.title() + " without 绩效目标/绩效指标 pairs skipped"));
        List<PerformanceBody.Project> projects = new ArrayList<>();
        for (Performance.ProjectTable t : p.projects()) {
            if (t.goal() == null || t.goal().isBlank()) {
                warnings.add(t.line(), WarningKind.SKIPPED, "project table " + t.name() + " skipped: no 绩效目标");
                continue;
            }
            List<PerformanceBody.Indicator> indicators = t.indicators().stream()
                    .map(i -> new PerformanceBody.Indicator(i.level1(), i.level2(), i.level3(), blankToNull(i.description()),
                            i.value() == null ? "" : i.value(), i.basis() == null ? "" : i.basis()))
                    .toList();
            projects.add(new PerformanceBody.Project("p" + (projects.size() + 1), t.name(), null, null, t.goal(), indicators));
        }
        Performance.SpecialFunds s = p.specialFunds();
        if (!s.none()) {
            warnings.add(s.line(), WarningKind.NOT_LOADED, "专项资金绩效目标 are loaded as the statement only");
        }
        return new PerformanceBody(p.overallGoal(), subGoals, p.safeguards(),
                new PerformanceBody.SpecialFunds(s.none(), s.statement(), List.of()), projects);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
