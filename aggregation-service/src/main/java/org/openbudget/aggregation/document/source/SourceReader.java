package org.openbudget.aggregation.document.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the owners' event-carried states, as {@code aggregate_view} stores them, into the document's input
 * records, choosing the version the scope asks for. Plain Java: the rules are unit-tested without Quarkus.
 */
public final class SourceReader {

    private final ObjectMapper json;

    public SourceReader() {
        this(new ObjectMapper());
    }

    public SourceReader(ObjectMapper json) {
        this.json = json.copy().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The budget document of a department-budget.changed event: {@code published}, or {@code budget} for current. */
    public Optional<BudgetData> budget(JsonNode eventData, boolean published) {
        JsonNode doc = eventData.get(published ? "published" : "budget");
        return doc == null || doc.isNull() ? Optional.empty() : Optional.of(read(doc, BudgetData.class));
    }

    /** The targets to print: the current revision, or — for published — the published one (current or lastPublished). */
    public Optional<TargetsData> targets(JsonNode eventData, boolean published) {
        TargetsData targets = read(eventData, TargetsData.class);
        if (!published || targets.published()) {
            return Optional.of(targets);
        }
        return Optional.ofNullable(targets.lastPublished());
    }

    public AssetData assets(JsonNode eventData) {
        return read(eventData, AssetData.class);
    }

    /**
     * The fixed-asset table a {@code year} document prints: the latest holding dated before the budget year
     * (the seed's 2022 document prints 2021-12-31, "上年末"), found under the keys of earlier years; when there
     * is none, the earliest holding dated in the budget year itself (the nearest to the start of the year).
     */
    public static Optional<AssetData.Holding> holdingFor(int year, List<AssetData> assetYears) {
        String start = LocalDate.of(year, 1, 1).toString();
        Optional<AssetData.Holding> before = assetYears.stream().flatMap(a -> a.holdings().stream())
                .filter(h -> h.asOf() != null && h.asOf().compareTo(start) < 0)
                .max(Comparator.comparing(AssetData.Holding::asOf));
        if (before.isPresent()) {
            return before;
        }
        String end = LocalDate.of(year, 12, 31).toString();
        return assetYears.stream().flatMap(a -> a.holdings().stream())
                .filter(h -> h.asOf() != null && h.asOf().compareTo(start) >= 0 && h.asOf().compareTo(end) <= 0)
                .min(Comparator.comparing(AssetData.Holding::asOf));
    }

    /** The year's procurement plan for the scope: the published revision, or the current one. */
    public static AssetData.Plan plan(AssetData yearAssets, boolean published) {
        if (yearAssets == null) {
            return null;
        }
        return published ? yearAssets.publishedProcurementPlan() : yearAssets.procurementPlan();
    }

    private <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read model data does not match " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
