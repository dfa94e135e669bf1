package org.openbudget.budget.department;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Roles;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.common.web.PageResult;

/** {@code /api/v1/departments}: the departments of every county and the units they include. */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "departments")
public class DepartmentResource {

    static final String CODE = "[0-9A-Za-z]{1,20}";

    private final DepartmentService service;

    public DepartmentResource(DepartmentService service) {
        this.service = service;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or replace a department; identical content changes nothing",
            description = "Send If-Match with the version you read to refuse a concurrent change (412).")
    public Response put(@PathParam("code") @Pattern(regexp = CODE, message = "must be 1-20 letters or digits") String code,
                        @HeaderParam(VersionTag.IF_MATCH) String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid DepartmentPayload body) {
        DepartmentService.Saved saved = service.put(code, body, VersionTag.expected(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(VersionTag.etag(saved.department().version()))
                .entity(saved.department()).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One department")
    public Response get(@PathParam("code") String code) {
        DepartmentDto dto = service.get(code)
                .orElseThrow(() -> ProblemException.notFound("department " + code + " does not exist"));
        return Response.ok(dto).tag(VersionTag.etag(dto.version())).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Departments, optionally of one county, by code")
    public PageResult<DepartmentDto> list(@QueryParam("region") String region,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        return new PageResult<>(service.list(region, page, pageSize), service.count(region), page, pageSize);
    }
}
