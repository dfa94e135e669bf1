package org.openbudget.seeds.parse;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the parser did with a printed cell, row or sentence that it could not take as it stands. */
public enum WarningKind {
    /** A cell was repaired by a stated rule: a split code joined, a lost leading zero restored, a wrapped name joined. */
    HEALED,
    /** A cell, row, table or sentence was not taken. */
    SKIPPED,
    /** A reading was chosen by a stated rule where the document is silent (e.g. the fund of a "三公" table without funds). */
    ASSUMED,
    /** A figure was computed from printed ones (e.g. a prior-year amount from "减少583.26万元"). */
    DERIVED,
    /** Parsed, but no service field holds it: it will not be loaded. */
    NOT_LOADED,
    /** Two printed figures that should agree do not; both are kept as printed. */
    MISMATCH;

    /** The name the warnings print: healed, skipped, … */
    @JsonValue
    public String id() {
        return name().toLowerCase();
    }
}
