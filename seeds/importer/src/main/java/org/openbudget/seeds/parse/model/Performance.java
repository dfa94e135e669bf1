package org.openbudget.seeds.parse.model;

import java.util.List;

/**
 * Section 五 预算绩效信息 as printed: the department-wide goal (总体绩效目标), itemised goals (分项绩效目标),
 * safeguards (工作保障措施), the statement on earmarked funds (专项资金) and the project target tables.
 */
public record Performance(int line, String overallGoal, List<SubGoal> subGoals, List<String> safeguards,
                          SpecialFunds specialFunds, List<ProjectTable> projects) {

    public Performance {
        subGoals = List.copyOf(subGoals);
        safeguards = List.copyOf(safeguards);
        projects = List.copyOf(projects);
    }

    /** A heading such as "全面提升办文办会质量" with its 绩效目标/绩效指标 paragraph pairs. */
    public record SubGoal(int line, String title, List<GoalPair> entries) {
    }

    public record GoalPair(int line, String goal, String indicator) {
    }

    /** {@code none} when the statement says there are no earmarked funds ("本部门未安排专项资金…"). */
    public record SpecialFunds(int line, boolean none, String statement) {
    }

    /** A 项目支出绩效目标表: the project name from its heading, its goal and its indicator rows. */
    public record ProjectTable(int line, String name, String goal, List<IndicatorRow> indicators) {
    }

    /** 一级/二级/三级指标, 绩效指标描述, 指标值 and 指标值确定依据 as printed (a merged 一级 cell is repeated). */
    public record IndicatorRow(int line, String level1, String level2, String level3, String description,
                               String value, String basis) {
    }
}
