package org.openbudget.budget.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** The answer of {@code POST /api/v1/bulk}: per item, in request order, what each part became. */
public record BulkResult(List<Item> items) {

    /** {@code parts}: by part name ({@code profile}, {@code budget}), only the parts the item gave. */
    public record Item(String department, int year, Map<String, Part> parts) {
    }

    /**
     * The part as its single PUT would answer: its version, the ETag to send back as If-Match ({@code "7"}), and
     * whether it was created (201 there). An identical part keeps its version and emits nothing.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Part(long version, String etag, boolean created) {
    }
}
