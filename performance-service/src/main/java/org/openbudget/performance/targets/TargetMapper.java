package org.openbudget.performance.targets;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.openbudget.performance.indicator.IndicatorValueParser;
import org.openbudget.performance.lint.LintReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps target content between its entities, the content record the lint reads, and the API DTOs. */
@Mapper(imports = IndicatorValueParser.class)
public interface TargetMapper {

    // ---- entity → content

    default TargetSetPayload toContent(TargetRevision r) {
        TargetSetPayload.SpecialFunds funds = r.specialFundsNone == null ? null
                : new TargetSetPayload.SpecialFunds(r.specialFundsNone, r.specialFundsStatement, toFundPayloads(r.specialFundGoals));
        return new TargetSetPayload(r.overallGoal, toSubGoalPayloads(r.subGoals), List.copyOf(r.safeguards), funds,
                toProjectPayloads(r.projects));
    }

    List<TargetSetPayload.SubGoal> toSubGoalPayloads(List<SubGoal> subGoals);

    TargetSetPayload.SubGoal toPayload(SubGoal subGoal);

    TargetSetPayload.GoalEntry toPayload(GoalEntry entry);

    List<TargetSetPayload.SpecialFundGoal> toFundPayloads(List<SpecialFundGoal> goals);

    TargetSetPayload.SpecialFundGoal toPayload(SpecialFundGoal goal);

    List<ProjectPayload> toProjectPayloads(List<ProjectTarget> projects);

    @Mapping(target = "id", source = "projectId")
    @Mapping(target = "budget", expression = "java(amountPayload(project))")
    ProjectPayload toPayload(ProjectTarget project);

    IndicatorPayload toPayload(IndicatorRow row);

    default AmountPayload amountPayload(ProjectTarget p) {
        return p.amountValue == null ? null : new AmountPayload(p.amountValue, p.amountUnit);
    }

    // ---- content → entity

    /** Writes content into a draft revision, replacing what it held (the collections stay Hibernate's). */
    default void fill(TargetSetPayload content, TargetRevision r) {
        r.overallGoal = content.overallGoal();
        replace(r.subGoals, content.subGoals().stream().map(this::toEntity).toList());
        for (int i = 0; i < r.subGoals.size(); i++) {
            r.subGoals.get(i).position = i;
        }
        replace(r.safeguards, content.safeguards());
        TargetSetPayload.SpecialFunds funds = content.specialFunds();
        r.specialFundsNone = funds == null ? null : funds.none();
        r.specialFundsStatement = funds == null ? null : funds.statement();
        replace(r.specialFundGoals, funds == null ? List.of() : funds.goals().stream().map(this::toEntity).toList());
        // a project keeps its row while its id stays: (revision, project id) is unique, and Hibernate
        // would insert a replacement before deleting the row it replaces
        Map<String, ProjectTarget> kept = new HashMap<>();
        r.projects.forEach(p -> kept.put(p.projectId, p));
        List<ProjectTarget> projects = new ArrayList<>();
        for (ProjectPayload payload : content.projects()) {
            ProjectTarget project = kept.remove(payload.id());
            if (project == null) {
                project = new ProjectTarget();
            }
            update(payload, project);
            replace(project.indicators, payload.indicators().stream().map(this::toEntity).toList());
            project.position = projects.size();
            projects.add(project);
        }
        replace(r.projects, projects);
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(new ArrayList<>(values));
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "position", ignore = true)
    SubGoal toEntity(TargetSetPayload.SubGoal subGoal);

    GoalEntry toEntity(TargetSetPayload.GoalEntry entry);

    SpecialFundGoal toEntity(TargetSetPayload.SpecialFundGoal goal);

    /** Everything but the indicator rows, which {@link #fill} replaces in the collection Hibernate tracks. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "indicators", ignore = true)
    @Mapping(target = "projectId", source = "id")
    @Mapping(target = "amountValue", source = "budget.value")
    @Mapping(target = "amountUnit", source = "budget.unit")
    @Mapping(target = "amountYuan", expression = "java(Amounts.toYuan(project.budget()))")
    void update(ProjectPayload project, @MappingTarget ProjectTarget target);

    IndicatorRow toEntity(IndicatorPayload row);

    // ---- entity → DTO

    @Mapping(target = "id", source = "projectId")
    @Mapping(target = "budget", expression = "java(amountDto(project))")
    ProjectDto toDto(ProjectTarget project);

    List<ProjectDto> toProjectDtos(List<ProjectTarget> projects);

    @Mapping(target = "parsed", expression = "java(IndicatorValueParser.parse(row.value))")
    IndicatorDto toDto(IndicatorRow row);

    default AmountDto amountDto(ProjectTarget p) {
        return p.amountValue == null ? null : new AmountDto(p.amountValue, p.amountUnit, p.amountYuan);
    }

    default TargetSetDto toDto(TargetSet set, TargetRevision r, LintReport lint, TargetSetDto lastPublished) {
        TargetSetPayload content = toContent(r);
        return new TargetSetDto(set.department, set.year, r.revision, r.revision > 1, r.status, set.version,
                content.overallGoal(), content.subGoals(), content.safeguards(), content.specialFunds(),
                toProjectDtos(r.projects), lint, r.createdAt, r.updatedAt, r.submittedAt, r.approvedAt,
                r.publishedAt, lastPublished);
    }

    default RevisionSummary toSummary(TargetRevision r) {
        return new RevisionSummary(r.revision, r.revision > 1, r.status, r.projects.size(), r.createdAt,
                r.updatedAt, r.submittedAt, r.approvedAt, r.publishedAt);
    }
}
