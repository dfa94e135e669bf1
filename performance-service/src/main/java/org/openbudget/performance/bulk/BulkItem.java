package org.openbudget.performance.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.openbudget.performance.targets.TargetSetPayload;
import org.openbudget.performance.targets.TargetSetResource;

import java.util.Map;

/**
 * One department-year of a bulk request.
 *
 * @param department the department code, as in the single PUT's path
 * @param year       the fiscal year, as in the single PUT's path
 * @param targets    exactly the body of {@code PUT /api/v1/performance/{dept}/{year}}
 * @param ifMatch    optional, per part: the version the client read ({@code "7"}, {@code W/"7"} or {@code 7}), with
 *                   the meaning of the single PUT's If-Match header
 */
public record BulkItem(
        @NotNull @Pattern(regexp = TargetSetResource.DEPT, message = TargetSetResource.DEPT_MESSAGE) String department,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull(message = "must be given: the body of PUT /api/v1/performance/{dept}/{year}") @Valid
        TargetSetPayload targets,
        Map<String, String> ifMatch) {

    /** The only part performance-service owns. */
    public static final String TARGETS = "targets";
    /** The single PUTs' path parameters → the item's own fields, for naming a part's problem in the request. */
    static final Map<String, String> PATH_FIELDS = Map.of("dept", "department", "year", "year");
}
