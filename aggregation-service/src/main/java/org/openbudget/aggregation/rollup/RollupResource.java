package org.openbudget.aggregation.rollup;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.aggregation.security.DraftAccess;
import org.openbudget.common.problem.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The county dashboard's contract: {@code GET /api/v1/rollups/{year}} and the time series of a cut. Public; the
 * working versions ({@code scope=current}) only for those who may read the drafts of what the answer covers
 * ({@link DraftAccess}).
 */
@Path("/api/v1/rollups")
@Tag(name = "rollups")
@PermitAll
public class RollupResource {

    static final String WHO_SEES_DRAFTS = " Who sees drafts: scope=published (the latest published versions) is public; "
            + "scope=current (the working versions, drafts included) is for a county (6-digit region) its reviewers, for "
            + "anything wider (a prefecture, a province, no region) auditors and reviewers of every region, and for an "
            + "answer cut to departments (cut=department:…) the draft readers of those departments (their editors, "
            + "their region's reviewers, auditors) — 401 without a token, 403 otherwise. Without scope the default is "
            + "current when the caller may read those drafts, otherwise published.";

    private final RollupReader reader;
    private final DraftAccess drafts;

    public RollupResource(RollupReader reader, DraftAccess drafts) {
        this.reader = reader;
        this.drafts = drafts;
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Roll-ups of one year for a region, drilled down and cut",
            description = "drilldown: one of department, functional.类|款|项, economic.类|款, fund, type, threePublic, "
                    + "agencyOperation, priorYear, assets, procurement, performance — optionally together with department. "
                    + "cut: dimension:item (repeatable), e.g. functional.类:201 or department:434. Every answer carries "
                    + "the totals of all rows, the row count, the prior year's figures and the change. "
                    + "Accept: text/csv gives the same rows as CSV." + WHO_SEES_DRAFTS)
    public RollupAnswer rollup(@PathParam("year") @Min(1990) @Max(2100) int year,
                               @Parameter(description = "county (6 digits), prefecture (4) or province (2) code")
                               @QueryParam("region") String region,
                               @QueryParam("drilldown") List<String> drilldown,
                               @QueryParam("cut") List<String> cut,
                               @Parameter(description = "current or published; default: current for those who may read "
                                       + "the drafts it covers, else published")
                               @QueryParam("scope") String scope,
                               @Parameter(description = "item, -item, amount or -amount")
                               @QueryParam("order") String order,
                               @Parameter(description = "元 (default) or 万元")
                               @QueryParam("unit") String unit,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("pageSize") @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {
        RollupRequest request = RollupRequest.parse(year, region, drilldown, cut, scope, order, page, pageSize);
        request = request.withScope(drafts.settle(request.scope(), scope != null, request.region(), request.departmentCuts()));
        return reader.answer(request, wan(unit));
    }

    @GET
    @Path("/{year}")
    @Produces("text/csv")
    @Operation(summary = "The same roll-up as CSV", description = "Same parameters and rules as the JSON answer."
            + WHO_SEES_DRAFTS)
    public String rollupCsv(@PathParam("year") @Min(1990) @Max(2100) int year,
                            @QueryParam("region") String region,
                            @QueryParam("drilldown") List<String> drilldown,
                            @QueryParam("cut") List<String> cut,
                            @QueryParam("scope") String scope,
                            @QueryParam("order") String order,
                            @QueryParam("unit") String unit,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("pageSize") @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {
        return RollupCsv.of(rollup(year, region, drilldown, cut, scope, order, unit, page, pageSize));
    }

    @GET
    @Path("/series")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One item's amount across years (a time series for any cut)",
            description = "e.g. dimension=functional.类&item=201&measure=total&region=130127." + WHO_SEES_DRAFTS
                    + " The series of one department (dimension=department&item=434) counts as cut to that department.")
    public Map<Integer, BigDecimal> series(@QueryParam("region") String region,
                                           @QueryParam("dimension") String dimension,
                                           @QueryParam("item") String item,
                                           @QueryParam("measure") @DefaultValue("total") String measure,
                                           @QueryParam("scope") String scope) {
        Dimension d = Dimension.of(dimension == null ? "" : dimension).orElseThrow(() ->
                ProblemException.invalid("dimension", "one of " + Dimension.names()));
        if (item == null || item.isBlank()) {
            throw ProblemException.invalid("item", "is required, e.g. 201 or vehicles");
        }
        RollupRequest checked = RollupRequest.parse(2000, region, List.of(d.wire()), List.of(), scope, null, 0, 1);
        Scope settled = drafts.settle(checked.scope(), scope != null, checked.region(),
                d == Dimension.DEPARTMENT ? List.of(item) : List.of());
        return reader.series(checked.region(), settled, d, item, measure);
    }

    private static boolean wan(String unit) {
        if (unit == null || unit.isBlank() || unit.equals("元")) {
            return false;
        }
        if (unit.equals("万元")) {
            return true;
        }
        throw ProblemException.invalid("unit", "must be 元 or 万元");
    }
}
