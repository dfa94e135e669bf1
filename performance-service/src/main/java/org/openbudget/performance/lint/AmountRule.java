package org.openbudget.performance.lint;

/**
 * A target table without its budget amount cannot be reconciled with the department's 项目支出
 * (the seed's four tables vs its two project lines of 20 and 38 万元). Informational: the tables are
 * still valid, but the coverage check downstream cannot use them.
 */
final class AmountRule implements Rules.ProjectRule {

    @Override
    public void check(Rules.Project project, Findings out) {
        if (project.payload().budget() == null) {
            out.add("project.amount-missing", Severity.INFO, project.field("budget"), project.id(),
                    project.label() + "未列示项目金额，无法与项目支出核对。");
        }
    }
}
