package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.disclosure.workflow.WorkflowStatus;

/**
 * Data of the CloudEvent {@code org.openbudget.budget.department-budget.changed.v1}: the whole state of a
 * department-year after a change (schema: {@code disclosure-model/src/main/resources/events/department-budget-changed.v1.schema.json}, generated from this record).
 * Amounts are in 元.
 *
 * @param version   increases with every change of the department-year; keep the highest per key
 * @param budget    the current adjustment, whatever its status
 * @param published the latest published adjustment (the same as {@code budget} once that is published), or
 *                  null if none is published yet — what anonymous readers may see while a 调整预算 is drafted
 * @param validation          the validation report of {@code budget} (as {@code GET …/validation} gives it)
 * @param publishedValidation the report of {@code published} when that is an older adjustment, else null
 */
public record DepartmentBudgetChanged(
        String department,
        int year,
        long version,
        WorkflowStatus status,
        int adjustment,
        BudgetDocument budget,
        BudgetDocument published,
        Object validation,
        Object publishedValidation) {
}
