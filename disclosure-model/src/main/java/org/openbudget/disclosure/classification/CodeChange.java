package org.openbudget.disclosure.classification;

/**
 * One change of a catalog from {@code year - 1} to {@code year} (a row of {@code catalogs/changes.csv}).
 *
 * @param previousName the name before a rename; null otherwise
 * @param source       where the change is known from
 */
public record CodeChange(int year, CatalogScheme scheme, Kind kind, String code, String name, String previousName,
                         String level, String source) {

    public enum Kind {
        /** A new code from {@code year} on. */
        ADDED,
        /** The code (with its 款 and 项) is gone from {@code year} on: the last year it was valid is {@code year - 1}. */
        RETIRED,
        /** Same code, new name from {@code year} on. */
        RENAMED
    }

    /** Whether this change concerns {@code code} itself or, for a retirement, a 类/款 above it. */
    boolean covers(String code) {
        return kind == Kind.RETIRED ? code.startsWith(this.code) : code.equals(this.code);
    }
}
