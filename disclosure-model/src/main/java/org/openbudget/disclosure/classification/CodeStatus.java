package org.openbudget.disclosure.classification;

/**
 * What a year's catalog says of one code a document prints.
 *
 * @param catalogYear the catalog used: the document's year, or the nearest shipped one ({@link #substituted()})
 * @param entry       the catalog's code when it is there, else null
 * @param change      for {@link Kind#OBSOLETE}, the retirement; for {@link Kind#NOT_YET}, the addition; else null
 * @param message     one sentence for people, e.g. "234: obsolete in 2025 (retired after 2022)"
 */
public record CodeStatus(Kind kind, CatalogScheme scheme, String code, int year, int catalogYear, CatalogCode entry,
                         CodeChange change, String message) {

    public enum Kind {
        /** In the year's catalog. */
        VALID,
        /** In the catalog, but the catalog spells the name otherwise. */
        NAME_DIFFERS,
        /** Was valid in an earlier year and retired before this one. */
        OBSOLETE,
        /** Only valid from a later year on. */
        NOT_YET,
        /** In no catalog year we know. */
        UNKNOWN
    }

    /** Whether the catalog of another year had to stand in for the document's year. */
    public boolean substituted() {
        return catalogYear != year;
    }
}
