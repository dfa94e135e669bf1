package org.openbudget.seeds.load.api;

import java.util.List;

/** Body of performance-service {@code PUT /api/v1/performance/{dept}/{year}} (its TargetSetPayload). */
public record PerformanceBody(String overallGoal, List<SubGoal> subGoals, List<String> safeguards,
                              SpecialFunds specialFunds, List<Project> projects) {

    public record SubGoal(String title, List<GoalEntry> entries) {
    }

    public record GoalEntry(String goal, String indicator) {
    }

    public record SpecialFunds(Boolean none, String statement, List<SpecialFundGoal> goals) {
    }

    public record SpecialFundGoal(String name, String goal) {
    }

    /** A project target table; {@code id} is the loader's stable id of the table within the department-year. */
    public record Project(String id, String name, Amount budget, String functionalCode, String goal,
                          List<Indicator> indicators) {
    }

    public record Amount(java.math.BigDecimal value, String unit) {
    }

    public record Indicator(String level1, String level2, String level3, String description, String value, String basis) {
    }
}
