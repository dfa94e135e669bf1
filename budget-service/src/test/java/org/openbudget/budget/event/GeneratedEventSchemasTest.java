package org.openbudget.budget.event;

import org.junit.jupiter.api.Test;
import org.openbudget.budget.department.DepartmentDto;
import org.openbudget.budget.department.DepartmentPayload;
import org.openbudget.budget.departmentbudget.DepartmentBudgetChanged;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicSection;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalFigures;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.FunctionalSection;
import org.openbudget.disclosure.event.EventType;
import org.openbudget.disclosure.event.schema.CheckedInSchema;
import org.openbudget.disclosure.event.schema.ContractRules;

/**
 * The checked-in schemas of DepartmentChanged and DepartmentBudgetChanged are the ones generated from
 * {@link DepartmentDto} and {@link DepartmentBudgetChanged}: a change of a record without a regenerated schema fails
 * here, before a consumer refuses the event.
 */
class GeneratedEventSchemasTest {

    private static final String DEPARTMENT_CODE = "^[0-9A-Za-z]{1,20}$";

    /**
     * What the records do not declare but the service guarantees, as the hand-written schema stated it. Each rule
     * is an annotation the record could carry instead. The department's objects stay open and its profile texts
     * optional: events written before budget-service 0.1 have none.
     */
    static final ContractRules DEPARTMENT = new ContractRules()
            .nonNull(DepartmentDto.class, "code", "name", "region", "units", "duties", "glossary", "updatedAt")
            .optional(DepartmentDto.class, "duties", "organization", "glossary", "otherMatters")
            .pattern(DepartmentDto.class, "code", DEPARTMENT_CODE)
            .minLength(DepartmentDto.class, "name", 1)
            .minLength(DepartmentDto.class, "duties[]", 1)
            .minimum(DepartmentDto.class, "version", 1)
            .optional(DepartmentPayload.Unit.class, "grade", "fundingForm")
            .open(DepartmentDto.class).open(DepartmentPayload.Region.class).open(DepartmentPayload.Unit.class)
            .open(DepartmentPayload.GlossaryEntry.class);

    /**
     * The budget's records drop null properties: what is always there is declared here. The change itself stays
     * open, and {@code published}/{@code validation} may be absent, as in the hand-written schema.
     */
    static final ContractRules BUDGET = new ContractRules()
            .open(DepartmentBudgetChanged.class)
            .nonNull(DepartmentBudgetChanged.class, "department", "status", "budget")
            .optional(DepartmentBudgetChanged.class, "published", "validation", "publishedValidation")
            .minimum(DepartmentBudgetChanged.class, "adjustment", 0)
            .minimum(DepartmentBudgetChanged.class, "version", 1)
            .required(BudgetDocument.class, "department", "status", "inputUnit")
            .nonNull(BudgetDocument.class, "department", "departmentName", "status", "inputUnit", "updatedAt")
            .pattern(BudgetDocument.class, "department", DEPARTMENT_CODE)
            .minimum(BudgetDocument.class, "adjustment", 0)
            .minimum(BudgetDocument.class, "version", 1)
            .required(BudgetContent.class, "functional", "economic", "threePublic", "priorYear")
            .nonNull(BudgetContent.class, "revenue", "carryOver", "functional", "economic", "threePublic", "priorYear")
            .required(FunctionalSection.class, "lines")
            .nonNull(FunctionalSection.class, "total", "lines")
            .required(EconomicSection.class, "lines")
            .nonNull(EconomicSection.class, "total", "lines")
            .nonNull(FunctionalLine.class, "revenue", "expenditure")
            .nonNull(FunctionalFigures.class, "revenue", "expenditure")
            .nonNull(FunctionalExpenditure.class, "generalBudget", "governmentFund", "stateCapital", "other");

    @Test
    void departmentChangedSchemaIsGeneratedFromTheDepartment() {
        CheckedInSchema.assertUpToDate(EventType.DEPARTMENT_CHANGED, DepartmentDto.class, DEPARTMENT, "budget-service");
    }

    @Test
    void departmentBudgetChangedSchemaIsGeneratedFromTheChange() {
        CheckedInSchema.assertUpToDate(EventType.DEPARTMENT_BUDGET_CHANGED, DepartmentBudgetChanged.class, BUDGET, "budget-service");
    }
}
