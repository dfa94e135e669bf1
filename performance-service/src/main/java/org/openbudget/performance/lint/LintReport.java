package org.openbudget.performance.lint;

import java.util.List;

/** All findings for one target set, with counts per severity. */
public record LintReport(int errors, int warnings, int infos, List<LintFinding> findings) {

    public static LintReport of(List<LintFinding> findings) {
        return new LintReport(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO), List.copyOf(findings));
    }

    private static int count(List<LintFinding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
