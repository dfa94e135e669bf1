package org.openbudget.budget.validation;

import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.util.List;

/**
 * The validation report of one department-year budget (docs/DESIGN.md §3–§4, the budget-internal checks).
 *
 * @param unit figures of the findings are in this unit (the unit the budget was entered in)
 */
public record ValidationReport(String department, int year, int adjustment, long version, WorkflowStatus status,
                               String unit, int errors, int warnings, int roundingInfos, List<Finding> findings) {
}
