package org.openbudget.budget.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A department-year budget as GET returns it and as {@code DepartmentBudgetChanged} carries it: read-only
 * metadata followed by the {@link BudgetContent} fields (unwrapped, so the content reads as in a PUT).
 *
 * @param adjustment        0 for the budget as first approved (年初预算), n for the n-th adjusted version (调整预算)
 * @param version           the department-year's change counter at the last change of this adjustment
 * @param inputUnit         the unit the figures were entered in; 万元 figures keep the printed rounding, so
 *                          validation allows 0.01 万元 per summed cell
 * @param disclosureDueDate approval date + 20 days: the day the disclosure must be public by
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetDocument(
        String department,
        String departmentName,
        int year,
        int adjustment,
        WorkflowStatus status,
        long version,
        AmountUnit inputUnit,
        LocalDate approvalDate,
        LocalDate disclosureDueDate,
        OffsetDateTime submittedAt,
        OffsetDateTime approvedAt,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        @JsonUnwrapped BudgetContent content) {

    /** Days between approval and the latest date of disclosure (《地方预决算公开操作规程》). */
    public static final int DISCLOSURE_DAYS = 20;

    public String key() {
        return department + ":" + year;
    }
}
