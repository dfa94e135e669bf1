package org.openbudget.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * budget-service's validation report of one budget, as its event carries it (the budget-internal checks: parents =
 * Σ children, …).
 *
 * @param unit the unit of the findings' figures: the unit the budget was entered in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ValidationReport(String unit, List<Finding> findings) {

    public ValidationReport {
        findings = findings == null ? List.of() : findings;
    }

    public boolean inWan() {
        return BudgetHeader.WAN_YUAN.equals(unit);
    }

    /** @param severity error, warning or rounding-info */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String rule, String severity, String subject, String message, List<Figure> figures) {
        public Finding {
            figures = figures == null ? List.of() : figures;
        }
    }

    /** A compared cell: the path of the stated cell, a label, the figures (in the report's unit). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String cell, String label, BigDecimal stated, BigDecimal expected, BigDecimal difference) {
    }
}
