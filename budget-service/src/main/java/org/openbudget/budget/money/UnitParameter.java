package org.openbudget.budget.money;

import org.openbudget.common.problem.ProblemException;
import org.openbudget.disclosure.money.AmountUnit;

/** A unit named in a request (query parameter or stored label): 元 or 万元, anything else is the caller's error. */
public final class UnitParameter {

    private UnitParameter() {
    }

    /** {@code null} or blank yields {@code fallback}; an unknown unit is a 400 problem naming {@code field}. */
    public static AmountUnit parse(String field, String value, AmountUnit fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return AmountUnit.byLabel(value).orElseThrow(() -> ProblemException.invalid(field, "must be 元 or 万元"));
    }
}
