package org.openbudget.asset.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.asset.validation.ValidationReport;
import org.openbudget.asset.web.Requests;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.web.PageResult;

import java.util.List;

/** {@code /api/v1/procurement}: the 部门政府采购预算 of each department-year, its lines and its workflow. */
@Path("/api/v1/procurement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement", description = "Government procurement budget (政府采购预算)")
public class PlanResource {

    private static final String UNIT_DOC = "元 (default) or 万元";

    private final PlanService service;
    private final PlanReader reader;

    public PlanResource(PlanService service, PlanReader reader) {
        this.service = service;
        this.reader = reader;
    }

    @GET
    @Operation(summary = "The current revision of each department-year's plan, filtered by department, year and status")
    public PageResult<PlanDto> list(@QueryParam("department") String department,
                                    @QueryParam("year") String year,
                                    @QueryParam("status") @Parameter(description = "draft, submitted, approved or published") String status,
                                    @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        String dept = department == null ? null : Requests.department(department);
        Integer y = Requests.optionalYear("year", year);
        PlanStatus s = status(status);
        return new PageResult<>(reader.list(dept, y, s, page, pageSize, Requests.unit(unit)), reader.count(dept, y, s), page, pageSize);
    }

    @PUT
    @Path("/{dept}/{year}")
    @Operation(summary = "Create the plan (a draft) or replace the lines of the draft; identical content changes nothing",
            description = "Amounts in the body's unit. items: [] is the printed empty table (空表). 409 unless the current "
                    + "revision is a draft; a published plan changes through POST …/adjustments. If-Match: 412 on a stale version.")
    public Response put(@PathParam("dept") String dept, @PathParam("year") String year,
                        @HeaderParam("If-Match") String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid PlanPayload body) {
        PlanService.Saved saved = service.put(Requests.department(dept), Requests.year("year", year), body, Requests.ifMatch(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(tag(saved.plan())).entity(saved.plan()).build();
    }

    @GET
    @Path("/{dept}/{year}")
    @Operation(summary = "The current revision of the plan with its totals by kind, funding source, SME share and planned fixed assets")
    public Response get(@PathParam("dept") String dept, @PathParam("year") String year,
                        @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        PlanDto plan = service.get(Requests.department(dept), Requests.year("year", year), Requests.unit(unit));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    @GET
    @Path("/{dept}/{year}/items")
    @Operation(summary = "The lines of the current revision, optionally only one kind or only planned fixed-asset purchases")
    public List<ItemDto> items(@PathParam("dept") String dept, @PathParam("year") String year,
                               @QueryParam("kind") @Parameter(description = "货物, 工程 or 服务") String kind,
                               @QueryParam("fixedAsset") @Parameter(description = "true: only 本年度拟购置固定资产") String fixedAsset,
                               @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        ProcurementKind k = kind(kind);
        Boolean asset = bool("fixedAsset", fixedAsset);
        return service.get(Requests.department(dept), Requests.year("year", year), Requests.unit(unit)).items().stream()
                .filter(i -> k == null || i.kind() == k)
                .filter(i -> asset == null || i.fixedAsset() == asset)
                .toList();
    }

    @POST
    @Path("/{dept}/{year}/items")
    @Operation(summary = "Append a line to the draft")
    public Response addItem(@PathParam("dept") String dept, @PathParam("year") String year,
                            @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a JSON body is required") @Valid ItemChange body) {
        PlanDto plan = service.addItem(Requests.department(dept), Requests.year("year", year), body, Requests.ifMatch(ifMatch));
        return Response.status(Response.Status.CREATED).tag(tag(plan)).entity(plan).build();
    }

    @GET
    @Path("/{dept}/{year}/items/{lineNo}")
    @Operation(summary = "One line of the current revision")
    public ItemDto item(@PathParam("dept") String dept, @PathParam("year") String year, @PathParam("lineNo") String lineNo,
                        @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        List<ItemDto> items = service.get(Requests.department(dept), Requests.year("year", year), Requests.unit(unit)).items();
        int n = lineNo(lineNo);
        if (n > items.size()) {
            throw ProblemException.notFound("line " + n + " does not exist; the plan has " + items.size() + " lines");
        }
        return items.get(n - 1);
    }

    @PUT
    @Path("/{dept}/{year}/items/{lineNo}")
    @Operation(summary = "Replace one line of the draft")
    public Response replaceItem(@PathParam("dept") String dept, @PathParam("year") String year, @PathParam("lineNo") String lineNo,
                                @HeaderParam("If-Match") String ifMatch,
                                @NotNull(message = "a JSON body is required") @Valid ItemChange body) {
        PlanDto plan = service.replaceItem(Requests.department(dept), Requests.year("year", year), lineNo(lineNo), body,
                Requests.ifMatch(ifMatch));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    @DELETE
    @Path("/{dept}/{year}/items/{lineNo}")
    @Operation(summary = "Delete one line of the draft; the following lines move up")
    public Response deleteItem(@PathParam("dept") String dept, @PathParam("year") String year, @PathParam("lineNo") String lineNo,
                               @HeaderParam("If-Match") String ifMatch,
                               @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        PlanDto plan = service.deleteItem(Requests.department(dept), Requests.year("year", year), lineNo(lineNo),
                Requests.ifMatch(ifMatch), Requests.unit(unit));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    @GET
    @Path("/{dept}/{year}/validation")
    @Operation(summary = "The validation report of the current revision: line totals, funding sums, SME share, kinds, project budgets")
    public ValidationReport validation(@PathParam("dept") String dept, @PathParam("year") String year,
                                       @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        return service.validation(Requests.department(dept), Requests.year("year", year), Requests.unit(unit));
    }

    @POST
    @Path("/{dept}/{year}/submit")
    @Operation(summary = "draft → submitted (409 from any other status)")
    public Response submit(@PathParam("dept") String dept, @PathParam("year") String year,
                           @HeaderParam("If-Match") String ifMatch, @QueryParam("unit") String unit) {
        return transition(dept, year, Workflow.Transition.SUBMIT, null, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/approve")
    @Operation(summary = "submitted → approved (409 from any other status); records the approval date, disclosure is due 20 days later")
    public Response approve(@PathParam("dept") String dept, @PathParam("year") String year,
                            @QueryParam("approvedOn") @Parameter(description = "ISO date; default today in the county") String approvedOn,
                            @HeaderParam("If-Match") String ifMatch, @QueryParam("unit") String unit) {
        return transition(dept, year, Workflow.Transition.APPROVE, approvedOn, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/publish")
    @Operation(summary = "approved → published (409 from any other status); a published revision is immutable")
    public Response publish(@PathParam("dept") String dept, @PathParam("year") String year,
                            @HeaderParam("If-Match") String ifMatch, @QueryParam("unit") String unit) {
        return transition(dept, year, Workflow.Transition.PUBLISH, null, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/adjustments")
    @Operation(summary = "Start an adjusted version (调整预算): a new draft revision copied from the published one (409 otherwise)")
    public Response adjust(@PathParam("dept") String dept, @PathParam("year") String year,
                           @HeaderParam("If-Match") String ifMatch, @QueryParam("unit") String unit) {
        PlanDto plan = service.adjust(Requests.department(dept), Requests.year("year", year), Requests.ifMatch(ifMatch),
                Requests.unit(unit));
        return Response.status(Response.Status.CREATED).tag(tag(plan)).entity(plan).build();
    }

    @GET
    @Path("/{dept}/{year}/revisions")
    @Operation(summary = "Every revision of the plan, the original first")
    public List<PlanDto> revisions(@PathParam("dept") String dept, @PathParam("year") String year,
                                   @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        return service.revisions(Requests.department(dept), Requests.year("year", year), Requests.unit(unit));
    }

    @GET
    @Path("/{dept}/{year}/revisions/{revision}")
    @Operation(summary = "One revision of the plan")
    public PlanDto revision(@PathParam("dept") String dept, @PathParam("year") String year,
                            @PathParam("revision") String revision,
                            @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        return service.revision(Requests.department(dept), Requests.year("year", year), positive("revision", revision),
                Requests.unit(unit));
    }

    private Response transition(String dept, String year, Workflow.Transition transition, String approvedOn,
                                String ifMatch, String unit) {
        PlanDto plan = service.transition(Requests.department(dept), Requests.year("year", year), transition,
                approvedOn == null ? null : Requests.date("approvedOn", approvedOn), Requests.ifMatch(ifMatch),
                Requests.unit(unit));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    private static EntityTag tag(PlanDto plan) {
        return new EntityTag(Long.toString(plan.version()));
    }

    private static int lineNo(String value) {
        return positive("lineNo", value);
    }

    private static int positive(String field, String value) {
        if (value == null || !value.matches("[1-9]\\d{0,5}")) {
            throw ProblemException.invalid(field, "must be a positive whole number");
        }
        return Integer.parseInt(value);
    }

    private static PlanStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        PlanStatus status = PlanStatus.parse(value);
        if (status == null) {
            throw ProblemException.invalid("status", "must be draft, submitted, approved or published");
        }
        return status;
    }

    private static ProcurementKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (ProcurementKind kind : ProcurementKind.values()) {
            if (kind.label().equals(value)) {
                return kind;
            }
        }
        throw ProblemException.invalid("kind", "must be 货物, 工程 or 服务");
    }

    private static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalid(field, "must be true or false");
        }
        return Boolean.valueOf(value);
    }
}
