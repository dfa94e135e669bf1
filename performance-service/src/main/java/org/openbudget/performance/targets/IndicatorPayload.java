package org.openbudget.performance.targets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.common.json.FreeText;

/**
 * One row of a 项目支出绩效目标表 as printed. Levels are given on every row (a printed table merges the
 * 一级 cell over several rows; the data does not).
 *
 * @param level1      一级指标 — first-level indicator (产出指标, 成本指标, 效益指标, 满意度指标)
 * @param level2      二级指标 — second-level indicator (数量指标, 社会效益指标 …)
 * @param level3      三级指标 — the concrete indicator, named by the department
 * @param description 绩效指标描述 — what is measured
 * @param value       指标值 — the target, verbatim ("≥500 期"); may be empty, which the lint reports
 * @param basis       指标值确定依据 — why this target; may be empty, which the lint reports
 */
public record IndicatorPayload(
        @NotBlank @Size(max = 100) String level1,
        @NotBlank @Size(max = 100) String level2,
        @NotBlank @Size(max = 500) String level3,
        @FreeText @Size(max = 2000) String description,
        @NotNull(message = "must be given (an empty string if nothing is printed)") @Size(max = 200) String value,
        @FreeText @Size(max = 1000) String basis) {
}
