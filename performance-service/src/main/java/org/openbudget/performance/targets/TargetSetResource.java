package org.openbudget.performance.targets;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.web.PageResult;

import java.util.List;

/**
 * {@code /api/v1/performance}: a department-year's performance targets (预算绩效目标) as one document,
 * its workflow, history and lint, and the listing.
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

    static final String DEPT = "[0-9A-Za-z]{1,20}";
    static final String DEPT_MESSAGE = "must be 1-20 letters or digits";

    private final TargetService service;
    private final WorkflowService workflow;
    private final TargetQueries queries;

    public TargetSetResource(TargetService service, WorkflowService workflow, TargetQueries queries) {
        this.service = service;
        this.workflow = workflow;
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List department-years (their current revision), filtered by department, year and status")
    public PageResult<TargetSetSummary> list(
            @QueryParam("dept") @Pattern(regexp = DEPT, message = DEPT_MESSAGE) String dept,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") @Pattern(regexp = "draft|submitted|approved|published",
                    message = "must be one of draft, submitted, approved, published") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        return queries.list(dept, year, status == null ? null : Status.of(status).orElseThrow(), page, pageSize);
    }

    @PUT
    @APIResponse(responseCode = "409", description = "Refused by the workflow: illegal transition, frozen (submitted or "
            + "approved) revision, lint errors on submit, or an existing project id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the stored one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}")
    @Operation(summary = "Create or replace the whole set of a department-year; identical content changes nothing",
            description = "A draft is replaced in place. A published revision is kept as it is: the change starts "
                    + "an adjusted revision (revision + 1, draft). A submitted or approved revision is frozen (409). "
                    + "Send If-Match with the version you read to refuse a concurrent change (412).")
    public Response put(@PathParam("dept") @Pattern(regexp = DEPT, message = DEPT_MESSAGE) String dept,
                        @PathParam("year") @Min(2000) @Max(2100) int year,
                        @HeaderParam("If-Match") String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid TargetSetPayload body) {
        TargetService.Saved saved = service.put(dept, year, body, Versions.fromIfMatch(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(etag(saved.set())).entity(saved.set()).build();
    }

    @GET
    @Path("/{dept}/{year}")
    @Operation(summary = "The current revision in full: department-wide goals, project tables with parsed 指标值, lint, "
            + "and the last published revision when the current one is an unpublished adjustment")
    public Response get(@PathParam("dept") String dept, @PathParam("year") int year) {
        TargetSetDto dto = queries.current(dept, year);
        return Response.ok(dto).tag(etag(dto)).build();
    }

    @GET
    @Path("/{dept}/{year}/lint")
    @Operation(summary = "Framework and quality lint of the current revision (rule id, severity, field, message)")
    public TargetLintDto lint(@PathParam("dept") String dept, @PathParam("year") int year) {
        return queries.lint(dept, year);
    }

    @GET
    @Path("/{dept}/{year}/revisions")
    @Operation(summary = "The history: every revision (1 = original, 2+ = adjusted) with its status and dates")
    public List<RevisionSummary> revisions(@PathParam("dept") String dept, @PathParam("year") int year) {
        return queries.revisions(dept, year);
    }

    @GET
    @Path("/{dept}/{year}/revisions/{revision}")
    @Operation(summary = "One revision in full, e.g. the published original after an adjustment started")
    public TargetSetDto revision(@PathParam("dept") String dept, @PathParam("year") int year,
                                 @PathParam("revision") int revision) {
        return queries.revision(dept, year, revision);
    }

    @POST
    @APIResponse(responseCode = "409", description = "Refused by the workflow: illegal transition, frozen (submitted or "
            + "approved) revision, lint errors on submit, or an existing project id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/submit")
    @Operation(summary = "draft → submitted (报送); refused with 409 while the lint reports errors")
    public Response submit(@PathParam("dept") String dept, @PathParam("year") int year) {
        return transition(dept, year, Transition.SUBMIT);
    }

    @POST
    @APIResponse(responseCode = "409", description = "Refused by the workflow: illegal transition, frozen (submitted or "
            + "approved) revision, lint errors on submit, or an existing project id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/approve")
    @Operation(summary = "submitted → approved (批复)")
    public Response approve(@PathParam("dept") String dept, @PathParam("year") int year) {
        return transition(dept, year, Transition.APPROVE);
    }

    @POST
    @APIResponse(responseCode = "409", description = "Refused by the workflow: illegal transition, frozen (submitted or "
            + "approved) revision, lint errors on submit, or an existing project id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/publish")
    @Operation(summary = "approved → published (公开); the revision never changes again")
    public Response publish(@PathParam("dept") String dept, @PathParam("year") int year) {
        return transition(dept, year, Transition.PUBLISH);
    }

    @POST
    @APIResponse(responseCode = "409", description = "Refused by the workflow: illegal transition, frozen (submitted or "
            + "approved) revision, lint errors on submit, or an existing project id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{dept}/{year}/reopen")
    @Operation(summary = "submitted or approved → draft (退回), to correct it")
    public Response reopen(@PathParam("dept") String dept, @PathParam("year") int year) {
        return transition(dept, year, Transition.REOPEN);
    }

    private Response transition(String dept, int year, Transition transition) {
        TargetSetDto dto = workflow.apply(dept, year, transition);
        return Response.ok(dto).tag(etag(dto)).build();
    }

    static EntityTag etag(TargetSetDto dto) {
        return new EntityTag(Long.toString(dto.version()));
    }
}
