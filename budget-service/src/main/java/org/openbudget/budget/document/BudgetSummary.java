package org.openbudget.budget.document;

import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One department-year in a listing: its current adjustment and where it is in the workflow. */
public record BudgetSummary(
        String department,
        String departmentName,
        String regionCode,
        int year,
        int adjustment,
        WorkflowStatus status,
        long version,
        LocalDate approvalDate,
        OffsetDateTime updatedAt) {
}
