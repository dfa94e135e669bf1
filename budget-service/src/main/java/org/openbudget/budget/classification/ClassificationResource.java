package org.openbudget.budget.classification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Roles;
import org.openbudget.common.web.PageResult;

import java.time.LocalDate;
import java.util.List;

/** {@code /api/v1/classifications}: the functional and economic code lists per year; public reads, admins replace. */
@Path("/api/v1/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "classifications")
public class ClassificationResource {

    private final ClassificationService service;

    public ClassificationResource(ClassificationService service) {
        this.service = service;
    }

    /** What a catalog upload answers. */
    public record Replaced(String scheme, int year, int entries) {
    }

    @GET
    @Path("/{scheme}")
    @PermitAll
    @Operation(summary = "Search a catalog: q matches a code prefix or part of a name; level = 类, 款 or 项",
            description = "year defaults to this year; a year without its own catalog uses the latest earlier one.")
    public PageResult<CatalogEntry> search(@PathParam("scheme") String scheme,
                                           @QueryParam("year") Integer year,
                                           @QueryParam("q") String q,
                                           @QueryParam("level") String level,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("pageSize") @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {
        if (level != null && !level.isBlank() && !List.of("类", "款", "项").contains(level)) {
            throw ProblemException.invalid("level", "must be 类, 款 or 项");
        }
        return service.search(Scheme.parse("scheme", scheme), year == null ? LocalDate.now().getYear() : year,
                q, level, page, pageSize);
    }

    @GET
    @Path("/{scheme}/years")
    @PermitAll
    @Operation(summary = "The years that have their own catalog")
    public List<Integer> years(@PathParam("scheme") String scheme) {
        return service.years(Scheme.parse("scheme", scheme));
    }

    @PUT
    @Path("/{scheme}/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Admin: replace one year's catalog with a CSV (code,name,level[,verified])",
            description = "The whole file is checked first (code shapes, levels, parents present, no duplicates); "
                    + "any error refuses it and names the line. Rows without a verified column count as verified.")
    public Replaced replace(@PathParam("scheme") String scheme,
                            @PathParam("year") @Min(1990) @Max(2100) int year,
                            String csv) {
        Scheme s = Scheme.parse("scheme", scheme);
        int n = service.replace(s, year, CatalogCsv.parse(s, csv, true));
        return new Replaced(s.path(), year, n);
    }
}
