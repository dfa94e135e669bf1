package org.openbudget.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Our reading of performance-service's {@code targets.changed.v1} data: one revision of a department-year's
 * performance targets (预算绩效目标, section 五 of the document). {@code lastPublished} is the published revision
 * while the current one is an unpublished adjustment. A tolerant reader: fields we do not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetsChanged(
        String department,
        int year,
        long version,
        String status,
        /** 总体绩效目标. */
        String overallGoal,
        /** 分项绩效目标. */
        List<SubGoal> subGoals,
        /** 工作保障措施. */
        List<String> safeguards,
        /** 专项资金绩效目标; null when not stated. */
        SpecialFunds specialFunds,
        /** 项目支出绩效目标表, one per project. */
        List<Project> projects,
        /** performance-service's lint of the revision: findings counted by severity. */
        Lint lint,
        TargetsChanged lastPublished) implements DepartmentYearState {

    public static final String PUBLISHED = "published";

    public TargetsChanged {
        subGoals = subGoals == null ? List.of() : subGoals;
        safeguards = safeguards == null ? List.of() : safeguards;
        projects = projects == null ? List.of() : projects;
        lint = lint == null ? Lint.NONE : lint;
    }

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    @Override
    public boolean hasPublished() {
        return published() || lastPublished != null;
    }

    /** The revision the public may see: this one when published, else the last published one; null before any. */
    public TargetsChanged publishedRevision() {
        return published() ? this : lastPublished;
    }

    /** The project budgets the targets cover (元), counting the projects that state an amount; null when none does. */
    public BigDecimal projectAmount() {
        return projects.stream().map(p -> p.budget() == null ? null : p.budget().yuan()).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubGoal(String title, List<Entry> entries) {
        public SubGoal {
            entries = entries == null ? List.of() : entries;
        }
    }

    /** A 绩效目标 and its 绩效指标. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String goal, String indicator) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpecialFunds(boolean none, String statement, List<SpecialFundGoal> goals) {
        public SpecialFunds {
            goals = goals == null ? List.of() : goals;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpecialFundGoal(String name, String goal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String id, String name, ProjectBudget budget, String functionalCode, String goal,
                          List<Indicator> indicators) {
        public Project {
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    /** The project's amount; {@code yuan} is canonical, {@code value}/{@code unit} as entered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectBudget(BigDecimal value, String unit, BigDecimal yuan) {
    }

    /** One row of a target table: 一级/二级/三级指标, 绩效指标描述, 指标值 (verbatim) and 指标值确定依据. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String level1, String level2, String level3, String description, String value, String basis) {
    }

    /** How many lint findings of each severity the revision has. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lint(long errors, long warnings, long infos) {
        static final Lint NONE = new Lint(0, 0, 0);
    }
}
