package org.openbudget.aggregation.document.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * Our reading of performance-service's {@code targets.changed.v1} data: the department's performance
 * targets (预算绩效目标) for section 五. {@code lastPublished} is the published revision while the current
 * one is an unpublished adjustment.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetsData(
        String department,
        int year,
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
        TargetsData lastPublished) {

    public TargetsData {
        subGoals = subGoals == null ? List.of() : subGoals;
        safeguards = safeguards == null ? List.of() : safeguards;
        projects = projects == null ? List.of() : projects;
    }

    public boolean published() {
        return "published".equals(status);
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
}
