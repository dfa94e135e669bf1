package org.openbudget.asset.bulk;

import java.util.List;
import java.util.Map;

/** The answer of a bulk request: one entry per item, in request order. */
public record BulkResult(List<Item> items) {

    /** {@code parts}: what each written part became, keyed by its name in the request. */
    public record Item(String department, int year, Map<String, Part> parts) {
    }

    /**
     * @param version the part's version after the write (unchanged when the content was identical)
     * @param etag    the same as the single PUT's ETag header ({@code "7"}), to send back as If-Match
     * @param created whether the part was new — where the single PUT answers 201
     */
    public record Part(long version, String etag, boolean created) {
    }
}
