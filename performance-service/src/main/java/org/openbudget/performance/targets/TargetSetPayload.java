package org.openbudget.performance.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.common.json.FreeText;

import java.util.List;

/**
 * The whole of a department-year's 预算绩效目标 (budget performance targets) as a client PUTs it; also
 * the content the lint reads. The department and year come from the path. The narratives are {@link FreeText}
 * (line breaks and tabs allowed); titles, names and codes may not contain any control character.
 *
 * @param overallGoal  总体绩效目标 — the department-wide goal (narrative)
 * @param subGoals     分项绩效目标 — itemised goals, each a heading with 绩效目标 / 绩效指标 text pairs
 * @param safeguards   工作保障措施 — the measures that secure the goals, one paragraph each
 * @param specialFunds 专项资金绩效目标 — goals of earmarked funds, or an explicit statement that there are none
 * @param projects     项目支出绩效目标表 — one target table per project, in printed order
 */
public record TargetSetPayload(
        @FreeText @NotBlank @Size(max = 20000) String overallGoal,
        @NotNull @Size(max = 100) List<@NotNull @Valid SubGoal> subGoals,
        @FreeText @NotNull @Size(max = 100) List<@NotBlank @Size(max = 20000) String> safeguards,
        @NotNull(message = "must be given: the goals of earmarked funds, or {\"none\": true}") @Valid SpecialFunds specialFunds,
        @NotNull @Size(max = 500) List<@NotNull @Valid ProjectPayload> projects) {

    /** One 分项绩效目标: a heading ("全面提升办文办会质量") and its goal/indicator paragraphs. */
    public record SubGoal(
            @NotBlank @Size(max = 500) String title,
            @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid GoalEntry> entries) {
    }

    /**
     * @param goal      绩效目标 — what is to be achieved
     * @param indicator 绩效指标 — how achievement is measured
     */
    public record GoalEntry(
            @FreeText @NotBlank @Size(max = 20000) String goal,
            @FreeText @NotBlank @Size(max = 20000) String indicator) {
    }

    /**
     * 专项资金绩效目标. {@code none = true} states that the department has no earmarked funds (the
     * seed: "本部门未安排专项资金，无专项资金绩效目标。"), and then {@code goals} is empty.
     */
    public record SpecialFunds(
            @NotNull Boolean none,
            @FreeText @Size(max = 2000) String statement,
            @NotNull @Size(max = 100) List<@NotNull @Valid SpecialFundGoal> goals) {
    }

    /** The goal of one earmarked fund (专项资金). */
    public record SpecialFundGoal(
            @NotBlank @Size(max = 200) String name,
            @FreeText @NotBlank @Size(max = 20000) String goal) {
    }

    public TargetSetPayload withProjects(List<ProjectPayload> newProjects) {
        return new TargetSetPayload(overallGoal, subGoals, safeguards, specialFunds, newProjects);
    }

    /** Content of a set that so far has only project tables (created through the project endpoints). */
    public static TargetSetPayload onlyProjects(List<ProjectPayload> projects) {
        return new TargetSetPayload(null, List.of(), List.of(), null, projects);
    }
}
