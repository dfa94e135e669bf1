package org.openbudget.performance.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects findings in the order the linter walks the set (department, then each project, then each row). */
final class Findings {

    private final List<LintFinding> list = new ArrayList<>();

    void add(String rule, Severity severity, String field, String projectId, String message) {
        list.add(new LintFinding(rule, severity, field, projectId, message));
    }

    List<LintFinding> list() {
        return list;
    }
}
