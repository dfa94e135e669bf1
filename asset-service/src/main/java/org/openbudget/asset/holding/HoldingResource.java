package org.openbudget.asset.holding;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.security.DraftScope;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.ValidationReport;
import org.openbudget.asset.web.Requests;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.common.web.PageResult;


/** {@code /api/v1/assets}: the 部门固定资产占用情况表 of each department by as-of date (截止时间). */
@Path("/api/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assets", description = "Fixed-asset holdings (国有资产占用)")
public class HoldingResource {

    /**
     * Holdings have no workflow of their own: the public sees them only in a department's published disclosure
     * document (aggregation-service). Here every holdings read is a draft read.
     */
    static final String READERS_DOC = "Holdings are published only through a department's disclosure document "
            + "(aggregation-service); here they are shown to the department's editors, the reviewers of its region and auditors";

    private final HoldingService service;
    private final HoldingReader reader;
    private final Access access;

    public HoldingResource(HoldingService service, HoldingReader reader, Access access) {
        this.service = service;
        this.reader = reader;
        this.access = access;
    }

    @GET
    @PermitAll
    @Operation(summary = "Holdings of all departments, filtered by department and the year of the as-of date",
            description = READERS_DOC + ": the list holds only the departments the caller may read (an empty page "
                    + "for anyone else, anonymous included).")
    public PageResult<HoldingDto> list(@QueryParam("department") String department,
                                       @QueryParam("year") String year,
                                       @QueryParam("unit") @Parameter(description = "元 (default) or 万元") String unit,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        String dept = department == null ? null : Requests.department(department);
        return page(dept, Requests.optionalYear("year", year), unit, page, pageSize);
    }

    @GET
    @Path("/{dept}")
    @PermitAll
    @Operation(summary = "The holdings of one department, newest as-of date first",
            description = READERS_DOC + "; anyone else gets an empty page, like the list of all departments.")
    public PageResult<HoldingDto> ofDepartment(@PathParam("dept") String dept,
                                               @QueryParam("year") String year,
                                               @QueryParam("unit") @Parameter(description = "元 (default) or 万元") String unit,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        return page(Requests.department(dept), Requests.optionalYear("year", year), unit, page, pageSize);
    }

    @PUT
    @Path("/{dept}/{asOf}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create or replace the holdings of a department as of a date; identical content changes nothing",
            description = "Amounts in the body's unit (元 or 万元). Missing rows are blank. With a register, blank rows are "
                    + "derived from it. Send If-Match with the version you read to refuse a concurrent change (412). "
                    + "An editor of the department.")
    public Response put(@PathParam("dept") String dept, @PathParam("asOf") String asOf,
                        @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid HoldingPayload body) {
        String d = Requests.department(dept);
        access.edit(d); // first thing: an outsider gets 403, never a 412 or a stored change
        HoldingService.Saved saved = service.put(d, Requests.date("asOf", asOf), body,
                VersionTag.expected(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(VersionTag.etag(saved.holding().version())).entity(saved.holding()).build();
    }

    @GET
    @Path("/{dept}/{asOf}")
    @PermitAll
    @Operation(summary = "The holdings of a department as of a date",
            description = READERS_DOC + "; anyone else gets 401 (anonymous) or 403, whether or not the table exists.")
    public Response get(@PathParam("dept") String dept, @PathParam("asOf") String asOf,
                        @QueryParam("unit") @Parameter(description = "元 (default) or 万元") String unit) {
        String d = Requests.department(dept);
        access.readDrafts(d);
        HoldingDto dto = service.get(d, Requests.date("asOf", asOf), Requests.unit(unit));
        return Response.ok(dto).tag(VersionTag.etag(dto.version())).build();
    }

    @GET
    @Path("/{dept}/{asOf}/validation")
    @PermitAll
    @Operation(summary = "The validation report: totals, office space within buildings, register agreement",
            description = READERS_DOC + " (the findings quote the figures); anyone else gets 401 (anonymous) or 403.")
    public ValidationReport validation(@PathParam("dept") String dept, @PathParam("asOf") String asOf,
                                       @QueryParam("unit") @Parameter(description = "元 (default) or 万元") String unit) {
        String d = Requests.department(dept);
        access.readDrafts(d);
        return service.validation(d, Requests.date("asOf", asOf), Requests.unit(unit));
    }

    private PageResult<HoldingDto> page(String department, Integer year, String unit, int page, int pageSize) {
        AmountUnit u = Requests.unit(unit);
        DraftScope scope = access.draftScopeByDepartment();
        return new PageResult<>(reader.list(department, year, scope, page, pageSize, u), reader.count(department, year, scope),
                page, pageSize);
    }
}
