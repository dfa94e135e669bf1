package org.openbudget.aggregation.rollup;

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
import org.openbudget.common.problem.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The county dashboard's contract: {@code GET /api/v1/rollups/{year}} and the time series of a cut. */
@Path("/api/v1/rollups")
@Tag(name = "rollups")
public class RollupResource {

    private final RollupReader reader;

    public RollupResource(RollupReader reader) {
        this.reader = reader;
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Roll-ups of one year for a region, drilled down and cut",
            description = "drilldown: one of department, functional.类|款|项, economic.类|款, fund, type, threePublic, "
                    + "agencyOperation, priorYear, assets, procurement, performance — optionally together with department. "
                    + "cut: dimension:item (repeatable), e.g. functional.类:201 or department:434. Every answer carries "
                    + "the totals of all rows, the row count, the prior year's figures and the change. "
                    + "Accept: text/csv gives the same rows as CSV.")
    public RollupAnswer rollup(@PathParam("year") @Min(1990) @Max(2100) int year,
                               @Parameter(description = "county (6 digits), prefecture (4) or province (2) code")
                               @QueryParam("region") String region,
                               @QueryParam("drilldown") List<String> drilldown,
                               @QueryParam("cut") List<String> cut,
                               @Parameter(description = "current (default) or published")
                               @QueryParam("scope") String scope,
                               @Parameter(description = "item, -item, amount or -amount")
                               @QueryParam("order") String order,
                               @Parameter(description = "元 (default) or 万元")
                               @QueryParam("unit") String unit,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("pageSize") @DefaultValue("100") @Min(1) @Max(1000) int pageSize) {
        return reader.answer(RollupRequest.parse(year, region, drilldown, cut, scope, order, page, pageSize), wan(unit));
    }

    @GET
    @Path("/{year}")
    @Produces("text/csv")
    @Operation(summary = "The same roll-up as CSV")
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
            description = "e.g. dimension=functional.类&item=201&measure=total&region=130127")
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
        return reader.series(checked.region(), checked.scope(), d, item, measure);
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
