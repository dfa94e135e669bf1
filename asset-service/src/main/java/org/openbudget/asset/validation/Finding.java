package org.openbudget.asset.validation;

import java.math.BigDecimal;

/**
 * One thing that does not add up or is suspicious. {@code field} is the JSON path of the cell in the
 * request/response body; {@code expected} and {@code actual} are the figures compared, in the unit of
 * the report. Findings are reported, never used to change the data.
 */
public record Finding(String rule, Severity severity, String field, String message,
                      BigDecimal expected, BigDecimal actual) {

    public static Finding of(String rule, Severity severity, String field, String message) {
        return new Finding(rule, severity, field, message, null, null);
    }
}
