package org.openbudget.aggregation.performance;

import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.Dimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a department-year's performance targets (预算绩效目标) add to the roll-ups: how many project
 * tables and indicators, the project spending they cover (in 元) and the lint findings by severity.
 */
public final class PerformanceContributions {

    private PerformanceContributions() {
    }

    public static List<Contribution> of(TargetsChanged targets) {
        List<Contribution> out = new ArrayList<>();
        long indicators = targets.projects().stream().mapToLong(p -> p.indicators().size()).sum();
        BigDecimal covered = targets.projectAmount();
        add(out, "projects", "count", BigDecimal.valueOf(targets.projects().size()));
        add(out, "indicators", "count", BigDecimal.valueOf(indicators));
        add(out, "projectAmount", "total", covered == null ? BigDecimal.ZERO : covered);
        add(out, "departments", "count", BigDecimal.ONE);
        add(out, "lint.errors", "count", BigDecimal.valueOf(targets.lint().errors()));
        add(out, "lint.warnings", "count", BigDecimal.valueOf(targets.lint().warnings()));
        add(out, "lint.infos", "count", BigDecimal.valueOf(targets.lint().infos()));
        return out;
    }

    private static void add(List<Contribution> out, String item, String measure, BigDecimal amount) {
        Contribution.add(out, Dimension.PERFORMANCE, item, measure, amount);
    }
}
