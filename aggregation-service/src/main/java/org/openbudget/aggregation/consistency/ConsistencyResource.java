package org.openbudget.aggregation.consistency;

import jakarta.annotation.security.PermitAll;
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
import org.openbudget.aggregation.security.DraftAccess;
import org.openbudget.common.problem.ProblemException;

/** {@code /api/v1/consistency}: what is missing, late or does not add up — per department-year and per county. */
@Path("/api/v1/consistency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "consistency")
@PermitAll
public class ConsistencyResource {

    private final ConsistencyService service;
    private final DraftAccess drafts;

    public ConsistencyResource(ConsistencyService service, DraftAccess drafts) {
        this.service = service;
        this.drafts = drafts;
    }

    @GET
    @Path("/{department}/{year}")
    @Operation(summary = "Consistency and completeness report of one department-year",
            description = "scope=current or published. Each finding: rule id, severity (error, warning, info), "
                    + "the figures compared (万元) and a sentence in Chinese. Who sees drafts: scope=published is public; "
                    + "scope=current (the working versions) only the department's editors, the reviewers of its region "
                    + "and auditors (401 without a token, 403 otherwise). Without scope: current for them, published "
                    + "for everyone else.")
    public ConsistencyReport department(@PathParam("department") String department,
                                        @PathParam("year") @Min(1990) @Max(2100) int year,
                                        @QueryParam("scope") String scope) {
        Scope parsed = scope(scope);
        Scope settled = scope != null ? parsed : drafts.readsDepartment(department) ? Scope.CURRENT : Scope.PUBLISHED;
        if (settled == Scope.CURRENT) {
            drafts.readDepartment(department);
        }
        return service.department(department, year, settled);
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "County view: departments missing, late or with errors, ranked",
            description = "region: a county (6 digits), prefecture (4) or province (2) code. Who sees drafts: "
                    + "scope=published is public; scope=current (the working versions) is for a county its reviewers, "
                    + "for anything wider (prefecture, province, no region) auditors and reviewers of every region "
                    + "(401 without a token, 403 otherwise). Without scope: current for them, published for everyone else.")
    public CountyReport county(@PathParam("year") @Min(1990) @Max(2100) int year,
                               @QueryParam("region") String region,
                               @QueryParam("scope") String scope) {
        if (region != null && !region.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw ProblemException.invalid("region", "must be a 2-digit province, 4-digit prefecture or 6-digit county code");
        }
        return service.county(year, region, drafts.settle(scope(scope), scope != null, region));
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
