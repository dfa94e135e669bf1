package org.openbudget.budget.classification;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One scheme's codes for one year, in code order; plain Java so that validation and tables can use it. */
public record Catalog(Scheme scheme, int year, List<CatalogEntry> entries) {

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

    public boolean isEmpty() {
        return entries.isEmpty();
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
        return name == null ? "" : name.replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }
}
