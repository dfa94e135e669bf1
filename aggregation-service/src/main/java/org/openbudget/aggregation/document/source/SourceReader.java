package org.openbudget.aggregation.document.source;

import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.TargetsChanged;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses, from the owners' event-carried states (already bound at intake), what a document of a scope prints.
 * Plain Java: the rules are unit-tested without Quarkus.
 */
public final class SourceReader {

    private SourceReader() {
    }

    /** The targets to print: the current revision, or — for published — the published one (current or lastPublished). */
    static TargetsChanged targets(TargetsChanged targets, boolean published) {
        return published ? targets.publishedRevision() : targets;
    }

    /**
     * The fixed-asset table a {@code year} document prints: the latest holding dated before the budget year
     * (the seed's 2022 document prints 2021-12-31, "上年末"), found under the keys of earlier years; when there
     * is none, the earliest holding dated in the budget year itself (the nearest to the start of the year).
     */
    public static Optional<AssetYearChanged.Holding> holdingFor(int year, List<AssetYearChanged> assetYears) {
        String start = LocalDate.of(year, 1, 1).toString();
        Optional<AssetYearChanged.Holding> before = assetYears.stream().flatMap(a -> a.holdings().stream())
                .filter(h -> h.asOf() != null && h.asOf().compareTo(start) < 0)
                .max(Comparator.comparing(AssetYearChanged.Holding::asOf));
        if (before.isPresent()) {
            return before;
        }
        String end = LocalDate.of(year, 12, 31).toString();
        return assetYears.stream().flatMap(a -> a.holdings().stream())
                .filter(h -> h.asOf() != null && h.asOf().compareTo(start) >= 0 && h.asOf().compareTo(end) <= 0)
                .min(Comparator.comparing(AssetYearChanged.Holding::asOf));
    }

    /** The year's procurement plan for the scope: the published revision, or the current one. */
    public static AssetYearChanged.Plan plan(AssetYearChanged yearAssets, boolean published) {
        return yearAssets == null ? null : yearAssets.plan(published);
    }
}
