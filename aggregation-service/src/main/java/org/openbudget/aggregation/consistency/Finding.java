package org.openbudget.aggregation.consistency;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * One finding of the consistency and completeness report.
 *
 * @param rule     stable id, e.g. {@code cross.three-public.reception}
 * @param severity {@code error}, {@code warning} or {@code info} (rounding gaps of printed 万元 figures are info)
 * @param figures  the figures compared, in 万元 with 2 decimals as the documents print them
 * @param message  a sentence in Chinese for the department and the auditors
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String rule, String severity, String department, int year, List<Figure> figures, String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    /** A compared figure: what is stated where, and what it is compared with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(String label, BigDecimal stated, BigDecimal expected, BigDecimal difference) {
    }

    int rank() {
        return switch (severity) {
            case ERROR -> 0;
            case WARNING -> 1;
            default -> 2;
        };
    }
}
