package org.openbudget.aggregation.rollup;

/** Which version of each department-year a roll-up adds up. */
public enum Scope {
    /** The latest adjustment whatever its status: what the finance bureau works with. */
    CURRENT,
    /** The latest published version: all that anonymous readers may see (docs/DESIGN.md §9). */
    PUBLISHED;

    public String wire() {
        return name().toLowerCase();
    }
}
