package org.openbudget.asset.procurement;

import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One revision of a department-year's procurement plan as returned, amounts in {@code unit}. Revision 1 is
 * the 年初预算; a later one is an adjusted version (调整预算, {@code adjusted}). {@code version} increases with
 * every committed change of the plan, across revisions (If-Match / ETag).
 */
public record PlanDto(
        String department,
        int year,
        AmountUnit unit,
        int revision,
        boolean adjusted,
        WorkflowStatus status,
        LocalDate approvedOn,
        OffsetDateTime publishedAt,
        List<ItemDto> items,
        PlanTotals totals,
        long version,
        OffsetDateTime updatedAt) {
}
