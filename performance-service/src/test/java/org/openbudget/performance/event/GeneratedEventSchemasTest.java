package org.openbudget.performance.event;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.event.EventType;
import org.openbudget.disclosure.event.schema.CheckedInSchema;
import org.openbudget.disclosure.event.schema.ContractRules;
import org.openbudget.performance.indicator.IndicatorValue;
import org.openbudget.performance.lint.LintFinding;
import org.openbudget.performance.lint.LintReport;
import org.openbudget.performance.targets.AmountDto;
import org.openbudget.performance.targets.IndicatorDto;
import org.openbudget.performance.targets.ProjectDto;
import org.openbudget.performance.targets.TargetSetDto;

/**
 * The checked-in schema of PerformanceTargetsChanged is the one generated from {@link TargetSetDto}: a change of
 * the record without a regenerated schema fails here, before a consumer refuses the event.
 */
class GeneratedEventSchemasTest {

    /**
     * What the records do not declare but the service guarantees (its input validation and its mapper), as the
     * hand-written schema stated it. Each rule is an annotation the record could carry instead.
     */
    static final ContractRules RULES = new ContractRules()
            .nonNull(TargetSetDto.class, "department", "status", "subGoals", "safeguards", "projects", "lint")
            .pattern(TargetSetDto.class, "department", "^[0-9A-Za-z]{1,20}$")
            .minimum(TargetSetDto.class, "year", 2000)
            .maximum(TargetSetDto.class, "year", 2100)
            .minimum(TargetSetDto.class, 1, "revision", "version")
            .nonNull(ProjectDto.class, "id", "name", "goal", "indicators")
            .pattern(ProjectDto.class, "id", "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
            .pattern(ProjectDto.class, "functionalCode", "^([0-9]{3}|[0-9]{5}|[0-9]{7})$")
            .nonNull(AmountDto.class, "value", "unit", "yuan")
            .values(AmountDto.class, "unit", "元", "万元")
            .minimum(AmountDto.class, 0, "value", "yuan")
            .nonNull(IndicatorDto.class, "level1", "level2", "level3", "value", "parsed")
            .nonNull(IndicatorValue.class, "kind")
            .nonNull(LintReport.class, "findings")
            .minimum(LintReport.class, 0, "errors", "warnings", "infos")
            .nonNull(LintFinding.class, "rule", "severity", "field", "message");

    @Test
    void targetsChangedSchemaIsGeneratedFromTheTargetSet() {
        CheckedInSchema.assertUpToDate(EventType.PERFORMANCE_TARGETS_CHANGED, TargetSetDto.class, RULES, "performance-service");
    }
}
