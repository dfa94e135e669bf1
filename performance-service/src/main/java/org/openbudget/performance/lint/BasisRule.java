package org.openbudget.performance.lint;

/** 指标值确定依据 (why this target) must be stated; the seed leaves it empty on its 满意度 rows. */
final class BasisRule implements Rules.RowRule {

    @Override
    public void check(Rules.Row row, Findings out) {
        if (Rules.isBlank(row.payload().basis())) {
            out.add("basis.empty", Severity.WARNING, row.field("basis"), row.project().id(),
                    row.label() + "：指标值确定依据为空。");
        }
    }
}
