package org.openbudget.budget.classification;

import org.openbudget.disclosure.classification.CodeChange;
import org.openbudget.disclosure.classification.CodeHistory;
import org.openbudget.disclosure.classification.YearCatalogs;
import org.openbudget.disclosure.validation.CodeCatalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One scheme's codes for one year, in code order; plain Java so that validation and tables can use it. It is what
 * disclosure-model's validation asks of a catalog ({@link CodeCatalog}), so an admin's upload overrides the shipped one.
 *
 * @param year          the year of the catalog (the one asked for, else the latest earlier one, else the earliest)
 * @param requestedYear the budget year it was asked for: a check says so when the two differ
 */
public record Catalog(Scheme scheme, int year, List<CatalogEntry> entries, int requestedYear) implements CodeCatalog {

    public Catalog(Scheme scheme, int year, List<CatalogEntry> entries) {
        this(scheme, year, entries, year);
    }

    public static Catalog empty(Scheme scheme, int year) {
        return new Catalog(scheme, year, List.of());
    }

    public Optional<CatalogEntry> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /** The 类 (3-digit codes), e.g. the 30 functional 类 printed in tables 1 and 4. */
    public List<CatalogEntry> topLevel() {
        return entries.stream().filter(e -> e.code().length() == 3).toList();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether another year's catalog stands in for the year asked for. */
    @Override
    public boolean substituted() {
        return year != requestedYear;
    }

    /**
     * For a code this catalog lacks: the retirement that made it obsolete by the requested year (the year-to-year
     * changes disclosure-model ships, {@link CodeHistory}) — so that an obsolete code is told from an unknown one,
     * also against a catalog an admin uploaded.
     */
    @Override
    public Optional<CodeChange> retirement(String code) {
        return CodeHistory.retirement(scheme.shipped(), code, requestedYear);
    }

    /** For a code this catalog lacks: its addition in a later year than the one requested. */
    @Override
    public Optional<CodeChange> addition(String code) {
        return CodeHistory.addition(scheme.shipped(), code, requestedYear);
    }

    @Override
    public Map<String, CodeName> names() {
        return Collections.unmodifiableMap(entries.stream().collect(Collectors.toMap(CatalogEntry::code,
                e -> new CodeName(e.name(), e.verified()), (a, b) -> a)));
    }

    /** Every entry by its code (built on each call: look up many codes through one map). */
    public Map<String, CatalogEntry> byCode() {
        return Collections.unmodifiableMap(entries.stream()
                .collect(Collectors.toMap(CatalogEntry::code, Function.identity(), (a, b) -> a)));
    }

    /**
     * Names compare without the differences real documents show for the same item: half- and full-width
     * brackets and white space ("维修(护)费" = "维修（护）费").
     */
    public static String normalizedName(String name) {
        return YearCatalogs.normalizedName(name);
    }
}
