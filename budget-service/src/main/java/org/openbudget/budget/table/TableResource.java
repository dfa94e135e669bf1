package org.openbudget.budget.table;

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
import org.openbudget.budget.money.UnitParameter;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.table.DisclosureTables;
import org.openbudget.disclosure.table.TableBuilder;

import java.util.List;

/** {@code /api/v1/budgets/{dept}/{year}/tables}: the nine disclosure tables as printed (built by the disclosure model). */
@Path("/api/v1/budgets/{dept}/{year}/tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tables")
public class TableResource {

    private final TableService service;

    public TableResource(TableService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(summary = "All nine tables, in document order",
            description = "unit=万元 (default, as published) or 元; adjustment=n for an earlier adjusted version. "
                    + BudgetReads.WHO_SEES_DRAFTS)
    public List<TableView> all(@PathParam("dept") String dept, @PathParam("year") int year,
                               @QueryParam("unit") String unit, @QueryParam("adjustment") Integer adjustment) {
        TableService.TableSource source = service.input(dept, year, adjustment);
        AmountUnit u = UnitParameter.parse("unit", unit, AmountUnit.WAN_YUAN);
        return DisclosureTables.ALL.stream().map(b -> source.view(b, u)).toList();
    }

    @GET
    @PermitAll
    @Path("/{number}")
    @Operation(summary = "One table (1–9): rows with their 序号 and every cell as printed; blank cells are null",
            description = "unit=万元 (default) or 元; adjustment=n for an earlier adjusted version. " + BudgetReads.WHO_SEES_DRAFTS)
    public TableView one(@PathParam("dept") String dept, @PathParam("year") int year,
                         @PathParam("number") int number, @QueryParam("unit") String unit,
                         @QueryParam("adjustment") Integer adjustment) {
        TableBuilder builder = DisclosureTables.byNumber(number)
                .orElseThrow(() -> ProblemException.invalid("number", "must be 1 to 9"));
        AmountUnit u = UnitParameter.parse("unit", unit, AmountUnit.WAN_YUAN);
        // the caller's access is decided in input(), before the budget's state is looked at
        return service.input(dept, year, adjustment).view(builder, u);
    }
}
