package org.openbudget.aggregation.department;

import io.quarkus.panache.common.Page;
import jakarta.annotation.security.PermitAll;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.web.PageResult;

/**
 * {@code /api/v1/departments} on the aggregation side: served from our own read model only. Public like a catalog:
 * a department's name, region, units and profile texts are what its disclosure prints; no figure or status of any
 * draft is held here.
 */
@Path("/api/v1/departments")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "departments")
public class DepartmentViewResource {

    @GET
    @Path("/{code}")
    @Transactional
    @Operation(summary = "A department as the aggregation read model holds it (sourceVersion tells how fresh)")
    public DepartmentView get(@PathParam("code") String code) {
        DepartmentView view = DepartmentView.findById(code);
        if (view == null) {
            throw ProblemException.notFound("department " + code + " is not (yet) known to the aggregation service");
        }
        return view;
    }

    @GET
    @Transactional
    @Operation(summary = "Departments known to the read model, optionally of one county")
    public PageResult<DepartmentView> list(@QueryParam("region") String region,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        var query = region == null
                ? DepartmentView.<DepartmentView>findAll(Sort.by("code"))
                : DepartmentView.<DepartmentView>find("regionCode", Sort.by("code"), region);
        long total = query.count();
        return new PageResult<>(query.page(Page.of(page, pageSize)).list(), total, page, pageSize);
    }
}
