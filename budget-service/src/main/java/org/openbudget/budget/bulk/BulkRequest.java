package org.openbudget.budget.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of {@code POST /api/v1/bulk}: department-years of other systems' nightly sync, in one transaction. */
public record BulkRequest(@NotNull(message = "a list of items is required") List<@NotNull @Valid BulkItem> items) {
}
