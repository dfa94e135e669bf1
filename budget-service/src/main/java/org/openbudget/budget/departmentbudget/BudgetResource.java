package org.openbudget.budget.departmentbudget;

import org.openbudget.budget.money.UnitParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.budget.document.BudgetSummary;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.common.web.PageResult;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/budgets}: department-year budgets as one JSON document, their status workflow and their
 * adjusted versions. Line edits: {@link BudgetLineResource}; tables and validation have their own resources.
 *
 * <p>The workflow is the one of every versioned part (disclosure-model {@code org.openbudget.disclosure.workflow},
 * docs/DESIGN.md §6). Who: writes, submit, publish and adjustments are the department's editors' ({@code @RolesAllowed} gates
 * the role, {@link Access#edit} — for a workflow step {@link PartWorkflow#authorize} — the department); return and
 * approve are the reviewers' of its region; reads are open and show drafts only to those who may read them
 * ({@link BudgetReads}).
 */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budgets")
public class BudgetResource {

    public static final String DEPT = "[0-9A-Za-z]{1,20}";
    public static final String DEPT_MESSAGE = "must be 1-20 letters or digits";

    private final BudgetService service;
    private final BudgetReads reads;
    private final Access access;

    public BudgetResource(BudgetService service, BudgetReads reads, Access access) {
        this.service = service;
        this.reads = reads;
        this.access = access;
    }

    /** The body of {@code POST …/approve}. */
    public record Approval(@NotNull LocalDate approvalDate) {
    }

    /**
     * The body of {@code POST …/publish} for a budget published before it was loaded (history): the day the
     * disclosure was made public, as printed or known. Only {@link Access#recordHistory} may state it.
     */
    public record Publication(@NotNull LocalDate publishedOn) {
    }

    @PUT
    @Path("/{dept}/{year}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create or replace the draft budget of a department-year; identical content changes nothing",
            description = "Amounts in the body's unit (元 or 万元); stored in 元. 409 when the budget is not a draft. "
                    + "Send If-Match with the version you read to refuse a concurrent change (412).")
    public Response put(@PathParam("dept") @Pattern(regexp = DEPT, message = DEPT_MESSAGE) String dept,
                        @PathParam("year") @Min(1990) @Max(2100) int year,
                        @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid BudgetContent body) {
        access.edit(dept);
        BudgetService.Saved saved = service.put(dept, year, body, VersionTag.expected(ifMatch));
        return saved(saved, saved.created() ? Response.Status.CREATED : Response.Status.OK);
    }

    @GET
    @Path("/{dept}/{year}")
    @PermitAll
    @Operation(summary = "The current adjustment of a department-year budget",
            description = "unit=元|万元 (default: the unit it was entered in); 万元 rounds each cell half-up to 2 decimals. "
                    + BudgetReads.WHO_SEES_DRAFTS)
    public Response get(@PathParam("dept") String dept, @PathParam("year") int year, @QueryParam("unit") String unit) {
        BudgetDocument doc = reads.current(dept, year, UnitParameter.parse("unit", unit, null))
                .orElseThrow(() -> ProblemException.notFound("no budget of department " + dept + " for " + year));
        return Response.ok(doc).tag(etag(doc)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Department-year budgets (each as the caller may see it), filtered and paged",
            description = "Each department-year as the caller may see it: the current adjustment where the caller reads "
                    + "the department's drafts (an editor of the department, a reviewer of its region, an auditor), "
                    + "else its latest published adjustment; a department-year with nothing published is not listed "
                    + "for such a caller. status filters the adjustment shown.")
    public PageResult<BudgetSummary> list(@QueryParam("year") Integer year,
                                          @QueryParam("department") String department,
                                          @QueryParam("region") String region,
                                          @QueryParam("status") String status,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        return service.list(year, department, region, status(status), page, pageSize, access.draftScope());
    }

    @POST
    @Path("/{dept}/{year}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "draft → submitted (refused while the validation report has errors)",
            description = "An editor of the department.")
    public Response submit(@PathParam("dept") String dept, @PathParam("year") int year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.SUBMIT, null, ifMatch);
    }

    @POST
    @Path("/{dept}/{year}/return")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → draft: the finance bureau sends the budget back for changes",
            description = "A reviewer of the department's region. An approved budget is not returned: it changes "
                    + "through POST …/adjustments.")
    public Response sendBack(@PathParam("dept") String dept, @PathParam("year") int year,
                             @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.RETURN, null, ifMatch);
    }

    @POST
    @Path("/{dept}/{year}/approve")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → approved, recording the approval date {\"approvalDate\": \"2022-01-20\"}",
            description = "A reviewer of the department's region.")
    public Response approve(@PathParam("dept") String dept, @PathParam("year") int year,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @Valid Approval body) {
        // an empty JSON body means "today", as no body does
        return act(dept, year, WorkflowAction.APPROVE, body == null ? null : body.approvalDate(), ifMatch);
    }

    @POST
    @Path("/{dept}/{year}/approve")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → approved today (no body)", description = "A reviewer of the department's region.")
    public Response approveToday(@PathParam("dept") String dept, @PathParam("year") int year,
                                 @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.APPROVE, null, ifMatch);
    }

    @POST
    @Path("/{dept}/{year}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "approved → published; a published budget is immutable",
            description = "An editor of the department, once a reviewer approved it.")
    public Response publish(@PathParam("dept") String dept, @PathParam("year") int year,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.PUBLISH, null, ifMatch);
    }

    @POST
    @Path("/{dept}/{year}/publish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "approved → published on a past day {\"publishedOn\": \"2022-02-09\"}: a budget loaded from the "
            + "published archive keeps its publication date",
            description = "An editor of the department who is also an admin (the loader's client): an editor alone gets "
                    + "403, so that no one makes a late disclosure look timely. The day may not be in the future nor "
                    + "before the approval date (400 naming publishedOn).")
    public Response publishOn(@PathParam("dept") String dept, @PathParam("year") int year,
                              @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @Valid Publication body) {
        if (body == null) {
            // an empty JSON body means "now", as no body does
            return act(dept, year, WorkflowAction.PUBLISH, null, ifMatch);
        }
        PartWorkflow.authorize(access, dept, WorkflowAction.PUBLISH);
        access.recordHistory(dept);
        BudgetDocument doc = service.publishOn(dept, year, body.publishedOn(), VersionTag.expected(ifMatch));
        return Response.ok(doc).tag(etag(doc)).build();
    }

    @POST
    @Path("/{dept}/{year}/adjustments")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start an adjusted version (调整预算) of an approved or published budget",
            description = "Creates a new draft adjustment with the body's content, or a copy of the current one "
                    + "when the body is empty; that one is kept as it is, as history (409 adjustment-not-allowed for a "
                    + "draft or submitted budget). An editor of the department.")
    public Response adjust(@PathParam("dept") String dept, @PathParam("year") int year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch, @Valid BudgetContent body) {
        PartWorkflow.authorize(access, dept, WorkflowAction.ADJUST);
        return saved(service.adjust(dept, year, body, VersionTag.expected(ifMatch)), Response.Status.CREATED);
    }

    @POST
    @Path("/{dept}/{year}/adjustments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start an adjusted version (调整预算) as a copy of the approved or published budget (no body)",
            description = "An editor of the department.")
    public Response adjustCopy(@PathParam("dept") String dept, @PathParam("year") int year,
                               @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        PartWorkflow.authorize(access, dept, WorkflowAction.ADJUST);
        return saved(service.adjust(dept, year, null, VersionTag.expected(ifMatch)), Response.Status.CREATED);
    }

    @GET
    @Path("/{dept}/{year}/adjustments")
    @PermitAll
    @Operation(summary = "Every adjustment of a department-year, oldest first",
            description = "Callers who may not read the department's drafts get the published adjustments only. "
                    + BudgetReads.WHO_SEES_DRAFTS)
    public List<BudgetSummary> history(@PathParam("dept") String dept, @PathParam("year") int year) {
        return reads.history(dept, year);
    }

    @GET
    @Path("/{dept}/{year}/adjustments/{adjustment}")
    @PermitAll
    @Operation(summary = "One adjustment (0 = 年初预算) of a department-year budget",
            description = BudgetReads.WHO_SEES_DRAFTS)
    public BudgetDocument adjustment(@PathParam("dept") String dept, @PathParam("year") int year,
                                     @PathParam("adjustment") int adjustment, @QueryParam("unit") String unit) {
        return reads.adjustment(dept, year, adjustment, UnitParameter.parse("unit", unit, null))
                .orElseThrow(() -> ProblemException.notFound("no adjustment " + adjustment + " of " + dept + "/" + year));
    }

    static Response saved(BudgetService.Saved saved, Response.Status status) {
        return Response.status(status).tag(etag(saved.document())).entity(saved.document()).build();
    }

    /** A status step, after the check of the role its rule names: 401/403 before the budget's state is read. */
    private Response act(String dept, int year, WorkflowAction action, LocalDate approvalDate, String ifMatch) {
        PartWorkflow.authorize(access, dept, action);
        BudgetDocument doc = service.transition(dept, year, action, approvalDate, VersionTag.expected(ifMatch));
        return Response.ok(doc).tag(etag(doc)).build();
    }

    private static EntityTag etag(BudgetDocument doc) {
        return VersionTag.etag(doc.version());
    }

    private static WorkflowStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return WorkflowStatus.ofWireName(value)
                .orElseThrow(() -> ProblemException.invalid("status", "must be draft, submitted, approved or published"));
    }
}
