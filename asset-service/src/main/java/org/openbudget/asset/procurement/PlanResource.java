package org.openbudget.asset.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.openbudget.common.security.DraftScope;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.ValidationReport;
import org.openbudget.asset.web.Requests;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.common.web.PageResult;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.util.List;

/**
 * {@code /api/v1/procurement}: the 部门政府采购预算 of each department-year, its lines and its workflow — the one of every
 * versioned part (disclosure-model {@code org.openbudget.disclosure.workflow}), who takes each step included.
 */
@Path("/api/v1/procurement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement", description = "Government procurement budget (政府采购预算)")
public class PlanResource {

    private static final String UNIT_DOC = "元 (default) or 万元";
    /** Who sees drafts, in the description of every read that may show one. */
    static final String DRAFTS_DOC = "Drafts (any revision not published: draft, submitted, approved, a draft adjustment) are "
            + "shown to the department's editors, the reviewers of its region and auditors; anyone else, anonymous "
            + "included, sees the latest published revision";

    private final PlanService service;
    private final PlanReader reader;
    private final Access access;

    public PlanResource(PlanService service, PlanReader reader, Access access) {
        this.service = service;
        this.reader = reader;
        this.access = access;
    }

    @GET
    @PermitAll
    @Operation(summary = "The current revision of each department-year's plan, filtered by department, year and status",
            description = DRAFTS_DOC + " (a department-year with no published revision is not listed to them). "
                    + "status filters the revision shown.")
    public PageResult<PlanDto> list(@QueryParam("department") String department,
                                    @QueryParam("year") String year,
                                    @QueryParam("status") @Parameter(description = "draft, submitted, approved or published") String status,
                                    @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        String dept = department == null ? null : Requests.department(department);
        Integer y = Requests.optionalYear("year", year);
        WorkflowStatus s = status(status);
        AmountUnit u = Requests.unit(unit);
        DraftScope scope = access.draftScopeByDepartment();
        return new PageResult<>(reader.list(dept, y, s, scope, page, pageSize, u), reader.count(dept, y, s, scope), page, pageSize);
    }

    @PUT
    @Path("/{dept}/{year}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create the plan (a draft) or replace the lines of the draft; identical content changes nothing",
            description = "Amounts in the body's unit. items: [] is the printed empty table (空表). 409 unless the current "
                    + "revision is a draft; a published plan changes through POST …/adjustments. If-Match: 412 on a stale version.")
    public Response put(@PathParam("dept") String dept, @PathParam("year") String year,
                        @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid PlanPayload body) {
        String d = edited(dept);
        PlanService.Saved saved = service.put(d, Requests.year("year", year), body, VersionTag.expected(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(tag(saved.plan())).entity(saved.plan()).build();
    }

    @GET
    @Path("/{dept}/{year}")
    @PermitAll
    @Operation(summary = "The current revision of the plan with its totals by kind, funding source, SME share and planned fixed assets",
            description = DRAFTS_DOC + "; with none published they get 401 (anonymous) or 403.")
    public Response get(@PathParam("dept") String dept, @PathParam("year") String year,
                        @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = Requests.department(dept);
        boolean drafts = access.readsDrafts(d);
        PlanDto plan = service.get(d, Requests.year("year", year), drafts, Requests.unit(unit));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    @GET
    @Path("/{dept}/{year}/items")
    @PermitAll
    @Operation(summary = "The lines of the current revision, optionally only one kind or only planned fixed-asset purchases",
            description = "The lines of the revision GET …/{dept}/{year} shows. " + DRAFTS_DOC + "; with none published "
                    + "they get 401 (anonymous) or 403.")
    public List<ItemDto> items(@PathParam("dept") String dept, @PathParam("year") String year,
                               @QueryParam("kind") @Parameter(description = "货物, 工程 or 服务") String kind,
                               @QueryParam("fixedAsset") @Parameter(description = "true: only 本年度拟购置固定资产") String fixedAsset,
                               @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = Requests.department(dept);
        boolean drafts = access.readsDrafts(d);
        ProcurementKind k = kind(kind);
        Boolean asset = bool("fixedAsset", fixedAsset);
        return service.get(d, Requests.year("year", year), drafts, Requests.unit(unit)).items().stream()
                .filter(i -> k == null || i.kind() == k)
                .filter(i -> asset == null || i.fixedAsset() == asset)
                .toList();
    }

    @POST
    @Path("/{dept}/{year}/items")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Append a line to the draft")
    public Response addItem(@PathParam("dept") String dept, @PathParam("year") String year,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                            @NotNull(message = "a JSON body is required") @Valid ItemChange body) {
        String d = edited(dept);
        PlanDto plan = service.addItem(d, Requests.year("year", year), body, VersionTag.expected(ifMatch));
        return Response.status(Response.Status.CREATED).tag(tag(plan)).entity(plan).build();
    }

    @GET
    @Path("/{dept}/{year}/items/{lineNo}")
    @PermitAll
    @Operation(summary = "One line of the current revision",
            description = "A line of the revision GET …/{dept}/{year} shows. " + DRAFTS_DOC + "; with none published they "
                    + "get 401 (anonymous) or 403.")
    public ItemDto item(@PathParam("dept") String dept, @PathParam("year") String year, @PathParam("lineNo") String lineNo,
                        @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = Requests.department(dept);
        boolean drafts = access.readsDrafts(d);
        List<ItemDto> items = service.get(d, Requests.year("year", year), drafts, Requests.unit(unit)).items();
        int n = lineNo(lineNo);
        if (n > items.size()) {
            throw ProblemException.notFound("line " + n + " does not exist; the plan has " + items.size() + " lines");
        }
        return items.get(n - 1);
    }

    @PUT
    @Path("/{dept}/{year}/items/{lineNo}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Replace one line of the draft")
    public Response replaceItem(@PathParam("dept") String dept, @PathParam("year") String year, @PathParam("lineNo") String lineNo,
                                @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                                @NotNull(message = "a JSON body is required") @Valid ItemChange body) {
        String d = edited(dept);
        PlanDto plan = service.replaceItem(d, Requests.year("year", year), lineNo(lineNo), body,
                VersionTag.expected(ifMatch));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    @DELETE
    @Path("/{dept}/{year}/items/{lineNo}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete one line of the draft; the following lines move up")
    public Response deleteItem(@PathParam("dept") String dept, @PathParam("year") String year, @PathParam("lineNo") String lineNo,
                               @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                               @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = edited(dept);
        PlanDto plan = service.deleteItem(d, Requests.year("year", year), lineNo(lineNo),
                VersionTag.expected(ifMatch), Requests.unit(unit));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    @GET
    @Path("/{dept}/{year}/validation")
    @PermitAll
    @Operation(summary = "The validation report of the current revision: line totals, funding sums, SME share, kinds, project budgets",
            description = "The findings of the revision GET …/{dept}/{year} shows (they quote its figures). " + DRAFTS_DOC
                    + "; with none published they get 401 (anonymous) or 403.")
    public ValidationReport validation(@PathParam("dept") String dept, @PathParam("year") String year,
                                       @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = Requests.department(dept);
        boolean drafts = access.readsDrafts(d);
        return service.validation(d, Requests.year("year", year), drafts, Requests.unit(unit));
    }

    @POST
    @Path("/{dept}/{year}/submit")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "draft → submitted (报送; 409 from any other status)", description = "An editor of the department.")
    public Response submit(@PathParam("dept") String dept, @PathParam("year") String year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @QueryParam("unit") String unit) {
        return act(dept, year, WorkflowAction.SUBMIT, null, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/return")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → draft (退回): the finance bureau sends the plan back for changes (409 from any other status)",
            description = "A reviewer whose regions claim lists the department's region. An approved plan is not returned: "
                    + "it changes through POST …/adjustments.")
    public Response sendBack(@PathParam("dept") String dept, @PathParam("year") String year,
                             @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @QueryParam("unit") String unit) {
        return act(dept, year, WorkflowAction.RETURN, null, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/approve")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → approved (批复; 409 from any other status); records the approval date, disclosure is due 20 days later",
            description = "A reviewer whose regions claim lists the department's region.")
    public Response approve(@PathParam("dept") String dept, @PathParam("year") String year,
                            @QueryParam("approvedOn") @Parameter(description = "ISO date; default today in the county") String approvedOn,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @QueryParam("unit") String unit) {
        return act(dept, year, WorkflowAction.APPROVE, approvedOn, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "approved → published (公开; 409 from any other status); a published revision is immutable",
            description = "An editor of the department, once a reviewer approved the revision.")
    public Response publish(@PathParam("dept") String dept, @PathParam("year") String year,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @QueryParam("unit") String unit) {
        return act(dept, year, WorkflowAction.PUBLISH, null, ifMatch, unit);
    }

    @POST
    @Path("/{dept}/{year}/adjustments")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start an adjustment (调整预算): a new draft revision copied from the approved or published one "
            + "(409 adjustment-not-allowed otherwise)",
            description = "An editor of the department. The adjustment is a draft: outsiders keep seeing the published revision.")
    public Response adjust(@PathParam("dept") String dept, @PathParam("year") String year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @QueryParam("unit") String unit) {
        String d = authorized(dept, WorkflowAction.ADJUST);
        PlanDto plan = service.adjust(d, Requests.year("year", year), VersionTag.expected(ifMatch),
                Requests.unit(unit));
        return Response.status(Response.Status.CREATED).tag(tag(plan)).entity(plan).build();
    }

    @GET
    @Path("/{dept}/{year}/revisions")
    @PermitAll
    @Operation(summary = "Every revision of the plan, the original first",
            description = "Every revision for the department's editors, the reviewers of its region and auditors; anyone "
                    + "else sees the published revisions only, and with none published gets 401 (anonymous) or 403.")
    public List<PlanDto> revisions(@PathParam("dept") String dept, @PathParam("year") String year,
                                   @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = Requests.department(dept);
        boolean drafts = access.readsDrafts(d);
        return service.revisions(d, Requests.year("year", year), drafts, Requests.unit(unit));
    }

    @GET
    @Path("/{dept}/{year}/revisions/{revision}")
    @PermitAll
    @Operation(summary = "One revision of the plan",
            description = "A published revision is public. Any other is shown to the department's editors, the reviewers "
                    + "of its region and auditors; anyone else gets 401 (anonymous) or 403 for it, whether or not it exists.")
    public PlanDto revision(@PathParam("dept") String dept, @PathParam("year") String year,
                            @PathParam("revision") String revision,
                            @QueryParam("unit") @Parameter(description = UNIT_DOC) String unit) {
        String d = Requests.department(dept);
        boolean drafts = access.readsDrafts(d);
        return service.revision(d, Requests.year("year", year), positive("revision", revision), drafts,
                Requests.unit(unit));
    }

    /** The department of a write, after its editor check: first thing, before any state is read (a 403, never a 409). */
    private String edited(String dept) {
        String d = Requests.department(dept);
        access.edit(d);
        return d;
    }

    /** The department of a workflow action, after the check of the role the rule names (403 before any 409). */
    private String authorized(String dept, WorkflowAction action) {
        String d = Requests.department(dept);
        PartWorkflow.authorize(access, d, action);
        return d;
    }

    private Response act(String dept, String year, WorkflowAction action, String approvedOn, String ifMatch,
                         String unit) {
        String d = authorized(dept, action);
        PlanDto plan = service.transition(d, Requests.year("year", year), action,
                approvedOn == null ? null : Requests.date("approvedOn", approvedOn), VersionTag.expected(ifMatch),
                Requests.unit(unit));
        return Response.ok(plan).tag(tag(plan)).build();
    }

    private static EntityTag tag(PlanDto plan) {
        return VersionTag.etag(plan.version());
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

    private static WorkflowStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return WorkflowStatus.ofWireName(value)
                .orElseThrow(() -> ProblemException.invalid("status", "must be draft, submitted, approved or published"));
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
