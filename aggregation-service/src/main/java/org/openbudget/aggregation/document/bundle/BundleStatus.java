package org.openbudget.aggregation.document.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * What {@code GET /api/v1/documents/jobs/{id}} answers.
 *
 * @param state       queued, running, done or failed
 * @param departments how many departments of the county the bundle covers (known once running)
 * @param completed   how many of them are rendered
 * @param progress    0–100
 * @param resultUrl   where the zip is, once done
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleStatus(String id, int year, String region, String scope, String state, int departments,
                           int completed, int progress, String statusUrl, String resultUrl, Long size, String error,
                           OffsetDateTime createdAt, OffsetDateTime finishedAt) {
}
