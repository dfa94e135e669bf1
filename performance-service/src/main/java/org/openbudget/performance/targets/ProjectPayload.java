package org.openbudget.performance.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openbudget.common.json.FreeText;

import java.util.List;

/**
 * A 项目支出绩效目标表 — one project's performance-target table.
 *
 * @param id             the client's stable identifier of the project within the department-year
 *                       (required in a whole-set PUT; taken from the path for a single project)
 * @param name           项目名称, e.g. 大气办经费
 * @param budget         the project's budget, when the table states one (the seed's tables do not)
 * @param functionalCode 支出功能分类 code (类/款/项, 3, 5 or 7 digits) linking it to budget lines
 * @param goal           绩效目标 — the project's goal text
 * @param indicators     the indicator rows in printed order
 */
public record ProjectPayload(
        @Pattern(regexp = ProjectPayload.ID, message = "must be 1-64 letters, digits, '-' or '_'") String id,
        @NotBlank @Size(max = 200) String name,
        @Valid AmountPayload budget,
        @Pattern(regexp = "\\d{3}|\\d{5}|\\d{7}", message = "must be a functional classification code of 3, 5 or 7 digits") String functionalCode,
        @FreeText @NotBlank @Size(max = 10000) String goal,
        @NotNull @Size(max = 300) List<@NotNull @Valid IndicatorPayload> indicators) {

    public static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
}
