package org.openbudget.performance.lint;

/**
 * One thing the lint noticed.
 *
 * @param rule      stable rule id, e.g. {@code value.rate-at-least-100}
 * @param severity  error, warning or info
 * @param field     JSON path of the offending field in the target set, e.g. {@code projects[0].indicators[1].value}
 * @param projectId the project table concerned, {@code null} for department-wide findings
 * @param message   a sentence for the department's staff (Chinese), quoting the offending text
 */
public record LintFinding(String rule, Severity severity, String field, String projectId, String message) {
}
