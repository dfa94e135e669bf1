package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.Codes;
import org.openbudget.disclosure.classification.CodeChange;
import org.openbudget.disclosure.classification.YearCatalogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Codes against each other and against the year's catalog:
 * {@code functional.parent-missing} / {@code economic.parent-missing} (error) — a 款 or 项 without its parent row;
 * {@code functional.code-unknown} / {@code …name-differs} (warning) — the catalogs are partly unverified, so a
 * code they lack or a name they spell differently is reported, never refused; {@code …code-obsolete} (warning) — a
 * code the year's catalog lacks because it was retired before that year (disclosure-model's year-to-year changes).
 */
public class CodeRule implements Rule {

    /** A row to check: its code, name and document path. */
    private record Coded(String code, String name, String path) {
    }

    @Override
    public List<Finding> check(ValidationInput in) {
        List<Finding> findings = new ArrayList<>();
        check("functional", in.content().functional().lines().stream()
                .map(l -> new Coded(l.code(), l.name(), "functional[" + l.code() + "]")).toList(), in.functional(), findings);
        check("economic", in.content().economic().lines().stream()
                .map(l -> new Coded(l.code(), l.name(), "economic[" + l.code() + "]")).toList(), in.economic(), findings);
        return findings;
    }

    private static void check(String scheme, List<Coded> rows, CodeCatalog catalog, List<Finding> findings) {
        Set<String> codes = rows.stream().map(Coded::code).collect(Collectors.toSet());
        // once per check, not per row: a catalog indexes all its codes on every call
        Map<String, CodeCatalog.CodeName> byCode = catalog.names();
        for (Coded row : rows) {
            String subject = row.code() + " " + row.name();
            String parent = Codes.parent(row.code());
            if (parent != null && !codes.contains(parent)) {
                findings.add(new Finding(scheme + ".parent-missing", Severity.ERROR, subject,
                        subject + ": its parent " + Codes.levelName(parent) + " " + parent + " has no row; every "
                                + Codes.levelName(row.code()) + " needs its " + Codes.levelName(parent) + " row above it",
                        List.of(row.path() + ".code"), List.of()));
            }
            if (catalog.isEmpty()) {
                continue;
            }
            Optional<CodeCatalog.CodeName> known = Optional.ofNullable(byCode.get(row.code()));
            // the budget's year may have no catalog of its own: say which one answered
            String used = catalog.substituted()
                    ? " (no " + catalog.requestedYear() + " catalog: the " + catalog.year() + " one is used)" : "";
            Optional<CodeChange> retired = known.isEmpty() ? catalog.retirement(row.code()) : Optional.empty();
            if (retired.isPresent()) {
                findings.add(new Finding(scheme + ".code-obsolete", Severity.WARNING, subject,
                        subject + ": obsolete in " + catalog.requestedYear() + " (retired after " + (retired.get().year() - 1)
                                + ")" + used, List.of(row.path() + ".code"), List.of()));
            } else if (known.isEmpty()) {
                String later = catalog.addition(row.code()).map(a -> " (it exists only from " + a.year() + " on)").orElse("");
                findings.add(new Finding(scheme + ".code-unknown", Severity.WARNING, subject,
                        subject + ": not in the " + catalog.year() + " " + scheme + " catalog" + later + used,
                        List.of(row.path() + ".code"), List.of()));
            } else if (!YearCatalogs.normalizedName(known.get().name()).equals(YearCatalogs.normalizedName(row.name()))) {
                findings.add(new Finding(scheme + ".name-differs", Severity.WARNING, subject,
                        subject + ": the " + catalog.year() + " catalog names " + row.code() + " \"" + known.get().name() + "\""
                                + (known.get().verified() ? "" : " (an unverified catalog row)") + used,
                        List.of(row.path() + ".name"), List.of()));
            }
        }
    }
}
