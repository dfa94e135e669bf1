package org.openbudget.aggregation.rollup;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.aggregation.security.DraftAccess;
import org.openbudget.common.problem.ProblemException;

import java.util.List;

/**
 * {@code GET /api/v1/rollups/series/items}: every item of a dimension across years in one answer (the dashboard's
 * 三公 by item and its multi-year series), JSON or CSV. Scope rules as the roll-ups' ({@link DraftAccess}).
 */
@Path("/api/v1/rollups/series/items")
@Tag(name = "rollups")
@PermitAll
public class ItemSeriesResource {

    private final ItemSeriesReader reader;
    private final DraftAccess drafts;

    public ItemSeriesResource(ItemSeriesReader reader, DraftAccess drafts) {
        this.reader = reader;
        this.drafts = drafts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every item of one dimension across years (time series of all items at once)",
            description = "e.g. dimension=threePublic&region=130127&unit=万元: {years, items: [{item, name, values: {year: "
                    + "amount}}]}. Accept: text/csv gives one line per item, one column per year."
                    + RollupResource.WHO_SEES_DRAFTS)
    public ItemSeries series(@QueryParam("region") String region,
                             @QueryParam("dimension") String dimension,
                             @QueryParam("measure") @DefaultValue("total") String measure,
                             @QueryParam("scope") String scope,
                             @QueryParam("unit") String unit) {
        Dimension d = Dimension.of(dimension == null ? "" : dimension).orElseThrow(() ->
                ProblemException.invalid("dimension", "one of " + Dimension.names()));
        if (measure.isBlank()) {
            throw ProblemException.invalid("measure", "must not be blank, e.g. total");
        }
        RollupRequest checked = RollupRequest.parse(2000, region, List.of(d.wire()), List.of(), scope, null, 0, 1);
        Scope settled = drafts.settle(checked.scope(), scope != null, checked.region());
        return reader.read(checked.region(), settled, d, measure, wan(unit));
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same series as CSV", description = "Same parameters and rules as the JSON answer."
            + RollupResource.WHO_SEES_DRAFTS)
    public String seriesCsv(@QueryParam("region") String region,
                            @QueryParam("dimension") String dimension,
                            @QueryParam("measure") @DefaultValue("total") String measure,
                            @QueryParam("scope") String scope,
                            @QueryParam("unit") String unit) {
        return series(region, dimension, measure, scope, unit).csv();
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
