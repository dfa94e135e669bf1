package org.openbudget.budget.classification;

import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.classification.CatalogScheme;

/** The two code lists budget-service owns. */
public enum Scheme {
    /** 支出功能分类 — what the money is for: 类 (3 digits) / 款 (5) / 项 (7). */
    FUNCTIONAL("functional", 3),
    /** 部门预算支出经济分类 — what the money buys: 类 (3 digits) / 款 (5). */
    ECONOMIC("economic", 2);

    private final String path;
    private final int levels;

    Scheme(String path, int levels) {
        this.path = path;
        this.levels = levels;
    }

    public String path() {
        return path;
    }

    /** The same list in disclosure-model: its shipped year catalogs and year-to-year changes. */
    public CatalogScheme shipped() {
        return CatalogScheme.byWire(path);
    }

    /** Whether a code has a length this scheme uses. */
    public boolean wellFormed(String code) {
        return code != null && code.chars().allMatch(Character::isDigit)
                && (code.length() == 3 || code.length() == 5 || (levels == 3 && code.length() == 7));
    }

    public static Scheme parse(String field, String value) {
        for (Scheme s : values()) {
            if (s.path.equals(value)) {
                return s;
            }
        }
        throw ProblemException.invalid(field, "must be functional or economic");
    }
}
