package org.openbudget.aggregation.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.disclosure.classification.CodeStatus;

import java.util.Locale;

/**
 * A printed code the year's catalog does not confirm: {@code obsolete} (retired before the document's year),
 * {@code not-yet} (only valid from a later year), {@code unknown}, or {@code name-differs}. All are warnings: the
 * catalogs are partly unverified (disclosure-model {@code catalogs/README.md}).
 *
 * @param catalogYear the catalog that answered: the document's year, or the nearest shipped one
 * @param changeYear  the year of the retirement or addition that explains an obsolete or not-yet code
 * @param source      where that change is known from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogFinding(String scheme, String code, String name, String status, String severity, int catalogYear,
                             Integer changeYear, String source, String message) {

    static CatalogFinding of(CodeStatus s, String printedName) {
        return new CatalogFinding(s.scheme().wire(), s.code(), printedName, s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "warning", s.catalogYear(), s.change() == null ? null : s.change().year(),
                s.change() == null ? null : s.change().source(), s.message());
    }
}
