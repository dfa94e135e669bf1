package org.openbudget.asset.validation;

import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;

/** The findings on one aggregate, with counts by severity so that a client sees at once whether it adds up. */
public record ValidationReport(String subject, AmountUnit unit, int errors, int warnings, int roundingInfos,
                               List<Finding> findings) {

    public static ValidationReport of(String subject, AmountUnit unit, List<Finding> findings) {
        return new ValidationReport(subject, unit,
                count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.ROUNDING_INFO), List.copyOf(findings));
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
