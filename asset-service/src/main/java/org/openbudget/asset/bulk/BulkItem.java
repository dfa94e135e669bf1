package org.openbudget.asset.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.openbudget.asset.holding.HoldingPayload;
import org.openbudget.asset.procurement.PlanPayload;
import org.openbudget.asset.web.Requests;

import java.util.Map;

/**
 * One department-year of a bulk request: this service's parts of the year's disclosure, at least one.
 *
 * @param department   the department code, as in the single PUTs' paths
 * @param year         the budget year: the procurement plan's year, and the disclosure the holdings are printed in
 * @param holdings     exactly the body of {@code PUT /api/v1/assets/{dept}/{asOf}}
 * @param holdingsAsOf the holdings' as-of date (截止时间, the PUT's {@code asOf}); by default the last day of the year
 *                     before {@code year}, as a budget disclosure prints them (2021-12-31 in the 2022 disclosure)
 * @param procurement  exactly the body of {@code PUT /api/v1/procurement/{dept}/{year}}
 * @param ifMatch      optional, per part ({@code holdings}, {@code procurement}): the version the client read, with the
 *                     meaning of the single PUT's If-Match header
 */
public record BulkItem(
        @NotNull @Pattern(regexp = Requests.DEPARTMENT, message = Requests.DEPARTMENT_MESSAGE) String department,
        @NotNull @Min(1990) @Max(2100) Integer year,
        @Valid HoldingPayload holdings,
        String holdingsAsOf,
        @Valid PlanPayload procurement,
        Map<String, String> ifMatch) {

    public static final String HOLDINGS = "holdings";
    /** The single PUTs' path parameters → the item's own fields, for naming a part's problem in the request. */
    static final Map<String, String> PATH_FIELDS = Map.of("dept", "department", "year", "year", "asOf", "holdingsAsOf");
    public static final String PROCUREMENT = "procurement";
}
