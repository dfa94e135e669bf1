package org.openbudget.performance.targets;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.performance.security.Readers;
import org.openbudget.common.web.PageResult;

import java.util.List;

/**
 * {@code /api/v1/performance}: a department-year's performance targets (预算绩效目标) as one document,
 * its workflow, history and lint, and the listing.
 *
 * <p>The workflow is the one of every versioned part (disclosure-model {@code org.openbudget.disclosure.workflow}),
 * and so is who may call what: the department's editors write, submit, publish and adjust; the reviewers of its region
 * return (退回; {@code reopen} is its earlier name) and approve; reads are public and show drafts only to their readers
 * ({@link Readers}).
 */
@Path("/api/v1/performance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "performance targets")
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such department-year, revision or project",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TargetSetResource {

    public static final String DEPT = "[0-9A-Za-z]{1,20}";
    public static final String DEPT_MESSAGE = "must be 1-20 letters or digits";

    /** Added to the description of every read that may show a draft. */
    static final String DRAFTS = " Drafts (any revision not published) are shown to the department's editors, the "
            + "reviewers of its region and auditors; everyone else, the public included, reads the latest published "
            + "revision, and is refused (401 without a token, 403 with one) where there is none.";

    static final String WORKFLOW_409 = "Refused by the workflow: illegal transition, frozen (submitted or approved) "
            + "revision, adjustment of a draft or submitted revision, lint errors on submit, or an existing project id";
    static final String STALE = "If-Match names another version than the stored one";
    private static final String IF_MATCH = " Send If-Match with the version you read to refuse a concurrent change (412).";

    private final TargetService service;
    private final WorkflowService workflow;
    private final TargetQueries queries;
    private final Access access;
    private final Readers readers;

    public TargetSetResource(TargetService service, WorkflowService workflow, TargetQueries queries, Access access,
                             Readers readers) {
        this.service = service;
        this.workflow = workflow;
        this.queries = queries;
        this.access = access;
        this.readers = readers;
    }

    @GET
    @PermitAll
    @Operation(summary = "List department-years (their current revision), filtered by department, year and status",
            description = "A caller sees the current revision of the departments whose drafts it reads (its own as "
                    + "editor, those of its regions as reviewer, all as auditor) and the latest published revision of "
                    + "the others; a department-year never published is listed only to its draft readers.")
    public PageResult<TargetSetSummary> list(
            @QueryParam("dept") @Pattern(regexp = DEPT, message = DEPT_MESSAGE) String dept,
            @QueryParam("department") @Parameter(description = "the name budget-service and asset-service use for dept")
            @Pattern(regexp = DEPT, message = DEPT_MESSAGE) String department,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") @Pattern(regexp = "draft|submitted|approved|published",
                    message = "must be one of draft, submitted, approved, published") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        if (dept != null && department != null && !dept.equals(department)) {
            throw ProblemException.invalid("department", "names another department than dept; send one of the two");
        }
        return queries.list(dept != null ? dept : department, year,
                status == null ? null : WorkflowStatus.ofWireName(status).orElseThrow(), page, pageSize,
                readers.inLists());
    }

    @PUT
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create or replace the whole set of a department-year; identical content changes nothing",
            description = "A draft is replaced in place. A published revision is kept as it is: the change starts "
                    + "its adjustment (调整: revision + 1, draft). A submitted or approved revision is frozen (409)."
                    + IF_MATCH + " An editor of the department only.")
    public Response put(@PathParam("dept") @Pattern(regexp = DEPT, message = DEPT_MESSAGE) String dept,
                        @PathParam("year") @Min(2000) @Max(2100) int year,
                        @HeaderParam("If-Match") String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid TargetSetPayload body) {
        access.edit(dept);
        TargetService.Saved saved = service.put(dept, year, body, VersionTag.expected(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(etag(saved.set())).entity(saved.set()).build();
    }

    @GET
    @Path("/{dept}/{year}")
    @PermitAll
    @Operation(summary = "The current revision in full: department-wide goals, project tables with parsed 指标值, lint, "
            + "and the last published revision when the current one is an unpublished adjustment",
            description = "The current revision for the department's draft readers." + DRAFTS)
    public Response get(@PathParam("dept") String dept, @PathParam("year") int year) {
        TargetSetDto dto = queries.current(dept, year, readers.of(dept));
        return Response.ok(dto).tag(etag(dto)).build();
    }

    @GET
    @Path("/{dept}/{year}/lint")
    @PermitAll
    @Operation(summary = "Framework and quality lint of the current revision (rule id, severity, field, message)",
            description = "The lint of the revision the caller may read: the current one for draft readers." + DRAFTS)
    public TargetLintDto lint(@PathParam("dept") String dept, @PathParam("year") int year) {
        return queries.lint(dept, year, readers.of(dept));
    }

    @GET
    @Path("/{dept}/{year}/revisions")
    @PermitAll
    @Operation(summary = "The history: every revision (1 = original, 2+ = adjusted) with its status and dates",
            description = "Every revision for draft readers; the published revisions only for everyone else." + DRAFTS)
    public List<RevisionSummary> revisions(@PathParam("dept") String dept, @PathParam("year") int year) {
        return queries.revisions(dept, year, readers.of(dept));
    }

    @GET
    @Path("/{dept}/{year}/revisions/{revision}")
    @PermitAll
    @Operation(summary = "One revision in full, e.g. the published original after an adjustment started",
            description = "A published revision is public; any other only for draft readers." + DRAFTS)
    public TargetSetDto revision(@PathParam("dept") String dept, @PathParam("year") int year,
                                 @PathParam("revision") int revision) {
        return queries.revision(dept, year, revision, readers.of(dept));
    }

    @POST
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/submit")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "draft → submitted (报送); refused with 409 while the lint reports errors",
            description = "An editor of the department only." + IF_MATCH)
    public Response submit(@PathParam("dept") String dept, @PathParam("year") int year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.SUBMIT, ifMatch);
    }

    @POST
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/return")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → draft (退回): the finance bureau sends the targets back for changes",
            description = "A reviewer of the department's region only. An approved revision is not returned (409): "
                    + "it changes through POST …/adjustments." + IF_MATCH)
    public Response sendBack(@PathParam("dept") String dept, @PathParam("year") int year,
                             @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.RETURN, ifMatch);
    }

    @POST
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/approve")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → approved (批复)",
            description = "A reviewer of the department's region only." + IF_MATCH)
    public Response approve(@PathParam("dept") String dept, @PathParam("year") int year,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.APPROVE, ifMatch);
    }

    @POST
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "approved → published (公开); the revision never changes again",
            description = "An editor of the department only, once a reviewer approved it." + IF_MATCH)
    public Response publish(@PathParam("dept") String dept, @PathParam("year") int year,
                            @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.PUBLISH, ifMatch);
    }

    @POST
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/adjustments")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start an adjustment (调整): revision n+1 in draft, a copy of the approved or published revision n",
            description = "An editor of the department only. Revision n stays as it is (a published one stays readable); "
                    + "409 adjustment-not-allowed for a draft or submitted revision. A PUT on a published revision "
                    + "starts an adjustment too, with the body's content." + IF_MATCH)
    public Response adjust(@PathParam("dept") String dept, @PathParam("year") int year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        TargetSetDto dto = apply(dept, year, WorkflowAction.ADJUST, ifMatch);
        return Response.status(Response.Status.CREATED).tag(etag(dto)).entity(dto).build();
    }

    @POST
    @APIResponse(responseCode = "409", description = WORKFLOW_409, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/reopen")
    @Consumes(MediaType.WILDCARD) // no body: a client that sends no Content-Type is not refused with 415
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "submitted → draft (退回): the earlier name of POST …/return, kept for its clients",
            description = "A reviewer of the department's region only. Since the one workflow of issue 15 an approved "
                    + "revision is no longer reopened (409 illegal-transition): it changes through POST …/adjustments."
                    + IF_MATCH)
    public Response reopen(@PathParam("dept") String dept, @PathParam("year") int year,
                           @HeaderParam(VersionTag.IF_MATCH) String ifMatch) {
        return act(dept, year, WorkflowAction.RETURN, ifMatch);
    }

    /** The role check comes first (403 before any 404 or 409), from the action's rule. */
    private TargetSetDto apply(String dept, int year, WorkflowAction action, String ifMatch) {
        PartWorkflow.authorize(access, dept, action);
        return workflow.apply(dept, year, action, VersionTag.expected(ifMatch));
    }

    private Response act(String dept, int year, WorkflowAction action, String ifMatch) {
        TargetSetDto dto = apply(dept, year, action, ifMatch);
        return Response.ok(dto).tag(etag(dto)).build();
    }

    static EntityTag etag(TargetSetDto dto) {
        return VersionTag.etag(dto.version());
    }
}
