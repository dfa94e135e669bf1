package org.openbudget.performance.lint;

import java.util.Optional;

/** 一级/二级 must come from a known framework, and the 二级 must sit under its 一级. */
final class FrameworkRule implements Rules.RowRule {

    @Override
    public void check(Rules.Row row, Findings out) {
        String level1 = row.payload().level1();
        String level2 = row.payload().level2();
        Optional<String> known = IndicatorFramework.level1(level1);
        if (known.isEmpty()) {
            out.add("framework.level1-unknown", Severity.ERROR, row.field("level1"), row.project().id(),
                    row.label() + "：一级指标「" + level1 + "」不属于已知指标体系（应为 "
                            + String.join("、", IndicatorFramework.level1Names()) + "）。");
            return;
        }
        if (!IndicatorFramework.belongs(level1, level2)) {
            out.add("framework.level2-mismatch", Severity.ERROR, row.field("level2"), row.project().id(),
                    row.label() + "：二级指标「" + level2 + "」不属于一级指标「" + known.get() + "」（可用："
                            + String.join("、", IndicatorFramework.level2Of(level1)) + "）。");
            return;
        }
        noncanonical(row, "level1", level1, out);
        noncanonical(row, "level2", level2, out);
    }

    private static void noncanonical(Rules.Row row, String field, String name, Findings out) {
        String canonical = IndicatorFramework.canonical(name);
        if (!canonical.equals(name)) {
            out.add("framework.name-noncanonical", Severity.INFO, row.field(field), row.project().id(),
                    row.label() + "：「" + name + "」按规范应写作「" + canonical + "」。");
        }
    }
}
