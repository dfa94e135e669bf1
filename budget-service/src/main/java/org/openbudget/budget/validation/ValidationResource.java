package org.openbudget.budget.validation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.budget.departmentbudget.BudgetReads;

/** {@code /api/v1/budgets/{dept}/{year}/validation}: the consistency report of a budget. */
@Path("/api/v1/budgets/{dept}/{year}/validation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "validation")
public class ValidationResource {

    private final ValidationService service;

    public ValidationResource(ValidationService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "Validation report: findings with rule id, severity (error / warning / rounding-info), cells and figures",
            description = "adjustment=n for an earlier adjusted version; figures are in the unit the budget was entered in. "
                    + "A report shows a budget's figures, so: " + BudgetReads.WHO_SEES_DRAFTS)
    public ValidationReport report(@PathParam("dept") String dept, @PathParam("year") int year,
                                   @QueryParam("adjustment") Integer adjustment) {
        return service.report(dept, year, adjustment);
    }
}
