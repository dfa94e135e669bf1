package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.classification.CodeChange;

import java.util.Map;
import java.util.Optional;

/**
 * What {@link CodeRule} asks of one scheme's catalog for a budget year. budget-service answers from its stored catalogs
 * (an admin's upload overrides the shipped one); a document checked without being stored answers from the shipped
 * ones ({@link YearCatalogCodes}) — so both give the same findings for the same catalog.
 */
public interface CodeCatalog {

    /** Every code with its name (built on each call: look up many codes through one map). */
    Map<String, CodeName> names();

    boolean isEmpty();

    /** The year of the catalog that answers. */
    int year();

    /** The budget year it was asked for. */
    int requestedYear();

    /** Whether another year's catalog stands in for the year asked for. */
    default boolean substituted() {
        return year() != requestedYear();
    }

    /** For a code this catalog lacks: the retirement that made it obsolete by the requested year. */
    Optional<CodeChange> retirement(String code);

    /** For a code this catalog lacks: its addition in a later year than the one requested. */
    Optional<CodeChange> addition(String code);

    /**
     * A catalog row as the check compares it.
     *
     * @param verified whether this code–name pair is printed in a real document
     */
    record CodeName(String name, boolean verified) {
    }
}
