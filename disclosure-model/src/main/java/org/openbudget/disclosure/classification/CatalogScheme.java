package org.openbudget.disclosure.classification;

/** The two code lists of a department budget. */
public enum CatalogScheme {
    /** 支出功能分类 — what the money is for: 类 (3 digits) / 款 (5) / 项 (7). */
    FUNCTIONAL("functional"),
    /** 部门预算支出经济分类 — what the money buys: 类 (3 digits) / 款 (5). */
    ECONOMIC("economic");

    private final String wire;

    CatalogScheme(String wire) {
        this.wire = wire;
    }

    /** {@code functional} or {@code economic}: file names, API paths, rule ids. */
    public String wire() {
        return wire;
    }

    public static CatalogScheme byWire(String wire) {
        for (CatalogScheme s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no catalog scheme " + wire);
    }
}
