package org.openbudget.budget.department;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a client PUTs for a department (the code comes from the path). */
public record DepartmentPayload(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Region region,
        @NotNull @Size(max = 200) List<@NotNull @Valid Unit> units) {

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
}
