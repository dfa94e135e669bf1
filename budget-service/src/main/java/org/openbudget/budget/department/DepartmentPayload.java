package org.openbudget.budget.department;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openbudget.common.json.FreeText;

import java.util.List;

/**
 * What a client PUTs for a department (the code comes from the path). The profile texts (duties,
 * organization, glossary, otherMatters) are optional; an absent list reads as an empty one. They are
 * {@link FreeText} (paragraphs may keep line breaks and tabs); names and codes may not contain any control character.
 */
public record DepartmentPayload(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Region region,
        @NotNull @Size(max = 200) List<@NotNull @Valid Unit> units,
        /** 部门职责, one entry per numbered duty, without the "(一)" numbering. */
        @FreeText @Size(max = 200) List<@NotBlank @Size(max = 4000) String> duties,
        /** 机构设置 — free text besides the units. */
        @FreeText @Size(max = 20000) String organization,
        /** 名词解释. */
        @Size(max = 200) List<@NotNull @Valid GlossaryEntry> glossary,
        /** 其他需要说明的事项. */
        @FreeText @Size(max = 20000) String otherMatters) {

    public DepartmentPayload {
        duties = duties == null ? List.of() : duties;
        glossary = glossary == null ? List.of() : glossary;
    }

    /** A department without profile texts. */
    public DepartmentPayload(String name, Region region, List<Unit> units) {
        this(name, region, units, null, null, null, null);
    }

    /** The county the department belongs to. */
    public record Region(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String code,
            @NotBlank @Size(max = 100) String name) {
    }

    public record Unit(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "行政|事业|企业|其他", message = "must be one of 行政, 事业, 企业, 其他") String nature,
            @Size(max = 50) String grade,
            @Size(max = 50) String fundingForm) {
    }

    /** One 名词解释 entry, e.g. 基本支出 — "指为保障机构正常运转、完成日常工作而发生的人员支出和公用支出。". */
    public record GlossaryEntry(
            @NotBlank @Size(max = 200) String term,
            @FreeText @NotBlank @Size(max = 4000) String definition) {
    }
}
