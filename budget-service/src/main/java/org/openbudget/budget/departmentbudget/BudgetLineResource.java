package org.openbudget.budget.departmentbudget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.VersionTag;

/**
 * {@code /api/v1/budgets/{dept}/{year}/lines/…}: edit one line of the current draft. Amounts are in the
 * {@code unit} query parameter (元 or 万元, default: the unit the budget was entered in). Each edit is a
 * committed change with its own version and event; the answer is the whole budget. Every edit is the department's
 * editors' only: the role by annotation, the department by {@link Access#edit} before anything is read.
 */
@Path("/api/v1/budgets/{dept}/{year}/lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budgets")
public class BudgetLineResource {

    private final BudgetService service;
    private final LineUnits units;
    private final Access access;

    public BudgetLineResource(BudgetService service, LineUnits units, Access access) {
        this.service = service;
        this.units = units;
        this.access = access;
    }

    @PUT
    @Path("/functional/{code}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add or replace one functional row (类/款/项)")
    public Response putFunctional(@PathParam("dept") String dept, @PathParam("year") int year,
                                  @PathParam("code") String code, @QueryParam("unit") String unit,
                                  @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                                  @NotNull(message = "a JSON body is required") @Valid FunctionalLine body) {
        access.edit(dept);
        sameKey("code", code, body.code());
        FunctionalLine line = units.functional(body, units.unit(dept, year, unit));
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.putFunctional(line)));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/functional/{code}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Remove one functional row")
    public Response deleteFunctional(@PathParam("dept") String dept, @PathParam("year") int year,
                                     @PathParam("code") String code, @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        access.edit(dept);
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.removeFunctional(code)));
    }

    @PUT
    @Path("/economic/{code}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add or replace one economic row of table 6 (类/款)")
    public Response putEconomic(@PathParam("dept") String dept, @PathParam("year") int year,
                                @PathParam("code") String code, @QueryParam("unit") String unit,
                                @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                                @NotNull(message = "a JSON body is required") @Valid EconomicLine body) {
        access.edit(dept);
        sameKey("code", code, body.code());
        EconomicLine line = units.economic(body, units.unit(dept, year, unit));
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.putEconomic(line)));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/economic/{code}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Remove one economic row")
    public Response deleteEconomic(@PathParam("dept") String dept, @PathParam("year") int year,
                                   @PathParam("code") String code, @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        access.edit(dept);
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.removeEconomic(code)));
    }

    @PUT
    @Path("/three-public/{item}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add or replace one \"三公\" row (item as in the document, e.g. reception)")
    public Response putThreePublic(@PathParam("dept") String dept, @PathParam("year") int year,
                                   @PathParam("item") String item, @QueryParam("unit") String unit,
                                   @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                                   @NotNull(message = "a JSON body is required") @Valid ThreePublicLine body) {
        access.edit(dept);
        sameKey("item", item, Items.name(body.item()));
        ThreePublicLine line = units.threePublic(body, units.unit(dept, year, unit));
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.putThreePublic(line)));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/three-public/{item}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Remove one \"三公\" row")
    public Response deleteThreePublic(@PathParam("dept") String dept, @PathParam("year") int year,
                                      @PathParam("item") String item, @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        access.edit(dept);
        ThreePublicItem parsed = Items.parse(ThreePublicItem.class, "item", item);
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.removeThreePublic(parsed)));
    }

    @PUT
    @Path("/prior-year/{item}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add or replace one prior-year figure and its reason")
    public Response putPriorYear(@PathParam("dept") String dept, @PathParam("year") int year,
                                 @PathParam("item") String item, @QueryParam("unit") String unit,
                                 @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                                 @NotNull(message = "a JSON body is required") @Valid PriorYearFigure body) {
        access.edit(dept);
        sameKey("item", item, Items.name(body.item()));
        PriorYearFigure figure = units.priorYear(body, units.unit(dept, year, unit));
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.putPriorYear(figure)));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/prior-year/{item}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Remove one prior-year figure")
    public Response deletePriorYear(@PathParam("dept") String dept, @PathParam("year") int year,
                                    @PathParam("item") String item, @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        access.edit(dept);
        PriorYearItem parsed = Items.parse(PriorYearItem.class, "item", item);
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.removePriorYear(parsed)));
    }

    @PUT
    @Path("/revenue")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the revenue by source (table 1, rows 1–9)")
    public Response putRevenue(@PathParam("dept") String dept, @PathParam("year") int year,
                               @QueryParam("unit") String unit, @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                               @NotNull(message = "a JSON body is required") @Valid Revenue body) {
        access.edit(dept);
        Revenue revenue = units.revenue(body, units.unit(dept, year, unit));
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.putRevenue(revenue)));
    }

    @PUT
    @Path("/carry-over")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace the carry-over figures (tables 1 and 4)")
    public Response putCarryOver(@PathParam("dept") String dept, @PathParam("year") int year,
                                 @QueryParam("unit") String unit, @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                                 @NotNull(message = "a JSON body is required") @Valid CarryOver body) {
        access.edit(dept);
        CarryOver carryOver = units.carryOver(body, units.unit(dept, year, unit));
        return ok(service.edit(dept, year, VersionTag.expected(ifMatch), LineEdits.putCarryOver(carryOver)));
    }

    private static void sameKey(String field, String path, String body) {
        if (!path.equals(body)) {
            throw ProblemException.invalid(field, "is " + body + " in the body but " + path + " in the path");
        }
    }

    private static Response ok(BudgetService.Saved saved) {
        return BudgetResource.saved(saved, Response.Status.OK);
    }
}
