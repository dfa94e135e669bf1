package org.openbudget.budget.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.openbudget.budget.department.DepartmentPayload;
import org.openbudget.budget.departmentbudget.BudgetResource;
import org.openbudget.disclosure.budget.BudgetContent;

/**
 * One department-year of a bulk request. Each part is the body its single-item PUT takes, with the same constraints
 * (the annotations of the PUTs' path parameters are repeated on {@code department} and {@code year}):
 * {@code profile} that of {@code PUT /api/v1/departments/{department}}, {@code budget} that of
 * {@code PUT /api/v1/budgets/{department}/{year}}.
 *
 * @param ifMatch the If-Match of each part's single PUT (its ETag, {@code "7"}), optional
 */
public record BulkItem(
        @NotNull @Pattern(regexp = BudgetResource.DEPT, message = BudgetResource.DEPT_MESSAGE) String department,
        @NotNull @Min(1990) @Max(2100) Integer year,
        @Valid DepartmentPayload profile,
        @Valid BudgetContent budget,
        IfMatch ifMatch) {

    /** The If-Match per part; an unknown part is an unknown field (400). */
    public record IfMatch(String profile, String budget) {
    }

    String ifMatchOf(BulkPart part) {
        if (ifMatch == null) {
            return null;
        }
        return part == BulkPart.PROFILE ? ifMatch.profile() : ifMatch.budget();
    }
}
