package org.openbudget.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Our reading of budget-service's {@code department-budget.changed.v1} data: the department-year's current budget
 * ({@code budget}, the latest adjustment whatever its status), the latest published one ({@code published}, null
 * before the first publication) and budget-service's validation report of each.
 *
 * @param publishedValidation the report of {@code published} when that is an older adjustment than {@code budget}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetChanged(String department, int year, long version, String status, int adjustment,
                            BudgetVersion budget, BudgetVersion published, ValidationReport validation,
                            ValidationReport publishedValidation) implements DepartmentYearState {

    public static final String PUBLISHED = "published";

    @Override
    public boolean hasPublished() {
        return published != null;
    }

    /** The budget of the scope: the published one, or the current one; null when the scope has none. */
    public BudgetVersion version(boolean publishedScope) {
        return publishedScope ? published : budget;
    }

    /** The validation report of the scope's budget; null when none came with it. */
    public ValidationReport validation(boolean publishedScope) {
        if (!publishedScope) {
            return validation;
        }
        // budget-service sends publishedValidation only while an adjustment is pending; else the current one is it
        return publishedValidation != null ? publishedValidation : PUBLISHED.equals(status) ? validation : null;
    }
}
