package org.openbudget.aggregation.consistency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.aggregation.rollup.Scope;
import org.openbudget.common.problem.ProblemException;

/** {@code /api/v1/consistency}: what is missing, late or does not add up — per department-year and per county. */
@Path("/api/v1/consistency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "consistency")
public class ConsistencyResource {

    private final ConsistencyService service;

    public ConsistencyResource(ConsistencyService service) {
        this.service = service;
    }

    @GET
    @Path("/{department}/{year}")
    @Operation(summary = "Consistency and completeness report of one department-year",
            description = "scope=current (default) or published. Each finding: rule id, severity (error, warning, info), "
                    + "the figures compared (万元) and a sentence in Chinese.")
    public ConsistencyReport department(@PathParam("department") String department,
                                        @PathParam("year") @Min(1990) @Max(2100) int year,
                                        @QueryParam("scope") String scope) {
        return service.department(department, year, scope(scope));
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "County view: departments missing, late or with errors, ranked",
            description = "region: a county (6 digits), prefecture (4) or province (2) code")
    public CountyReport county(@PathParam("year") @Min(1990) @Max(2100) int year,
                               @QueryParam("region") String region,
                               @QueryParam("scope") String scope) {
        if (region != null && !region.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw ProblemException.invalid("region", "must be a 2-digit province, 4-digit prefecture or 6-digit county code");
        }
        return service.county(year, region, scope(scope));
    }

    private static Scope scope(String scope) {
        if (scope == null || scope.equals("current")) {
            return Scope.CURRENT;
        }
        if (scope.equals("published")) {
            return Scope.PUBLISHED;
        }
        throw ProblemException.invalid("scope", "must be current or published");
    }
}
