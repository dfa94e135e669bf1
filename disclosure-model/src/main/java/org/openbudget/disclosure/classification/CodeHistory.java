package org.openbudget.disclosure.classification;

import java.util.List;
import java.util.Optional;

/**
 * The year-to-year changes ({@link YearCatalogs#changes()}) asked about one code: was it retired before a year, or
 * is it only added after it? Lets a check say "obsolete in 2025 (retired after 2022)" instead of "unknown", also
 * against a catalog an admin uploaded for that year.
 */
public final class CodeHistory {

    private CodeHistory() {
    }

    /** The retirement that makes {@code code} invalid in {@code year}, unless the code was added again since. */
    public static Optional<CodeChange> retirement(CatalogScheme scheme, String code, int year) {
        CodeChange last = null;
        for (CodeChange c : YearCatalogs.changes()) {
            if (c.scheme() == scheme && c.year() <= year && c.covers(code)) {
                last = c;
            }
        }
        return last != null && last.kind() == CodeChange.Kind.RETIRED ? Optional.of(last) : Optional.empty();
    }

    /** The first addition of {@code code} after {@code year}, when the code had none at or before it. */
    public static Optional<CodeChange> addition(CatalogScheme scheme, String code, int year) {
        List<CodeChange> additions = YearCatalogs.changes().stream()
                .filter(c -> c.scheme() == scheme && c.kind() == CodeChange.Kind.ADDED && c.code().equals(code)).toList();
        if (additions.stream().anyMatch(c -> c.year() <= year)) {
            return Optional.empty();
        }
        return additions.stream().filter(c -> c.year() > year).findFirst();
    }
}
