package org.openbudget.performance.targets;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.performance.security.Readers;

import java.util.List;

/**
 * {@code /api/v1/performance/{dept}/{year}/projects}: one project's target table (项目支出绩效目标表) at a
 * time. Each change is a change of the whole set (same workflow rules, versions and event). The department's
 * editors write; reads are public and show drafts only to their readers ({@link Readers}).
 */
@Path("/api/v1/performance/{dept}/{year}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "performance targets")
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such department-year, revision or project",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProjectTargetResource {

    private final TargetService service;
    private final TargetQueries queries;
    private final Access access;
    private final Readers readers;

    public ProjectTargetResource(TargetService service, TargetQueries queries, Access access, Readers readers) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.readers = readers;
    }

    @GET
    @PermitAll
    @Operation(summary = "The project tables of the current revision, in printed order",
            description = "Those of the revision the caller may read: the current one for draft readers."
                    + TargetSetResource.DRAFTS)
    public List<ProjectDto> list(@PathParam("dept") String dept, @PathParam("year") int year) {
        return queries.projects(dept, year, readers.of(dept));
    }

    @POST
    @APIResponse(responseCode = "409", description = TargetSetResource.WORKFLOW_409,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = TargetSetResource.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Add a project table; without an id it gets the first free p1, p2 …; 409 if the id exists",
            description = "An editor of the department only.")
    public Response add(@PathParam("dept") @Pattern(regexp = TargetSetResource.DEPT, message = TargetSetResource.DEPT_MESSAGE) String dept,
                        @PathParam("year") @Min(2000) @Max(2100) int year,
                        @HeaderParam("If-Match") String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid ProjectPayload body,
                        @Context UriInfo uri) {
        access.edit(dept);
        TargetService.Saved saved = service.addProject(dept, year, body, VersionTag.expected(ifMatch));
        ProjectDto project = saved.set().projects().get(saved.set().projects().size() - 1);
        return Response.created(uri.getAbsolutePathBuilder().path(project.id()).build())
                .tag(TargetSetResource.etag(saved.set())).entity(project).build();
    }

    @GET
    @Path("/{projectId}")
    @PermitAll
    @Operation(summary = "One project table with its indicator rows, 指标值 verbatim and parsed",
            description = "From the revision the caller may read: the current one for draft readers."
                    + TargetSetResource.DRAFTS)
    public ProjectDto get(@PathParam("dept") String dept, @PathParam("year") int year,
                          @PathParam("projectId") String projectId) {
        return queries.project(dept, year, projectId, readers.of(dept));
    }

    @PUT
    @APIResponse(responseCode = "409", description = TargetSetResource.WORKFLOW_409,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = TargetSetResource.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{projectId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create or replace one project table; identical content changes nothing",
            description = "A new project is appended after the others. If-Match: the set's version. "
                    + "An editor of the department only.")
    public Response put(@PathParam("dept") @Pattern(regexp = TargetSetResource.DEPT, message = TargetSetResource.DEPT_MESSAGE) String dept,
                        @PathParam("year") @Min(2000) @Max(2100) int year,
                        @PathParam("projectId") @Pattern(regexp = ProjectPayload.ID, message = "must be 1-64 letters, digits, '-' or '_'") String projectId,
                        @HeaderParam("If-Match") String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid ProjectPayload body) {
        access.edit(dept);
        TargetService.Saved saved = service.putProject(dept, year, projectId, body, VersionTag.expected(ifMatch));
        ProjectDto project = saved.set().projects().stream().filter(p -> p.id().equals(projectId)).findFirst().orElseThrow();
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(TargetSetResource.etag(saved.set())).entity(project).build();
    }

    @DELETE
    @APIResponse(responseCode = "409", description = TargetSetResource.WORKFLOW_409,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = TargetSetResource.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/{projectId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Remove one project table", description = "An editor of the department only.")
    public Response delete(@PathParam("dept") String dept, @PathParam("year") int year,
                           @PathParam("projectId") String projectId,
                           @HeaderParam("If-Match") String ifMatch) {
        access.edit(dept);
        TargetService.Saved saved = service.removeProject(dept, year, projectId, VersionTag.expected(ifMatch));
        return Response.noContent().tag(TargetSetResource.etag(saved.set())).build();
    }
}
