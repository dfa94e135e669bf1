package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of the functional classification (支出功能分类: 类 3 digits, 款 5, 项 7) with its table 2 revenue
 * and its expenditure by fund × type. Parent rows (类, 款) are rows too, with the figures as printed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionalLine(
        @NotNull @Pattern(regexp = "\\d{3}|\\d{5}|\\d{7}", message = "must be a functional code of 3, 5 or 7 digits") String code,
        @NotBlank @Size(max = 200) String name,
        @Valid FunctionalRevenue revenue,
        @Valid FunctionalExpenditure expenditure) {

    public FunctionalLine {
        revenue = Blankable.orNull(revenue);
        expenditure = Blankable.orNull(expenditure);
    }

    public FunctionalFigures figures() {
        return new FunctionalFigures(revenue, expenditure);
    }

    /** 类 = 1, 款 = 2, 项 = 3. */
    public int level() {
        return Codes.functionalLevel(code);
    }
}
