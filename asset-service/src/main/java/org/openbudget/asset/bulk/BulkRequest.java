package org.openbudget.asset.bulk;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The body of {@code POST /api/v1/bulk}: the holdings and procurement plans of many department-years in one request,
 * for systems that sync nightly (issue 16). At most {@code openbudget.bulk.max-items} items.
 */
public record BulkRequest(@NotNull(message = "must list the department-years to write") List<BulkItem> items) {
}
