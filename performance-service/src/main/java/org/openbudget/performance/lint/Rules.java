package org.openbudget.performance.lint;

import org.openbudget.performance.indicator.IndicatorValue;
import org.openbudget.performance.targets.IndicatorPayload;
import org.openbudget.performance.targets.ProjectPayload;
import org.openbudget.performance.targets.TargetSetPayload;

/** The three shapes of lint rule: about the whole set, about one project table, about one indicator row. */
final class Rules {

    private Rules() {
    }

    interface SetRule {
        void check(TargetSetPayload set, Findings out);
    }

    interface ProjectRule {
        void check(Project project, Findings out);
    }

    interface RowRule {
        void check(Row row, Findings out);
    }

    /** A project table and where it sits in the set. */
    record Project(int index, ProjectPayload payload) {
        String field(String name) {
            return "projects[" + index + "]" + (name.isEmpty() ? "" : "." + name);
        }

        String id() {
            return payload.id();
        }

        /** How a message names the project: 《大气办经费》. */
        String label() {
            return "《" + payload.name() + "》";
        }
    }

    /** An indicator row, its parsed 指标值 and where it sits. */
    record Row(Project project, int index, IndicatorPayload payload, IndicatorValue value) {
        String field(String name) {
            return project.field("indicators[" + index + "]." + name);
        }

        /** How a message names the row: 《大气办经费》第1行「完成全年考核任务」. */
        String label() {
            return project.label() + "第" + (index + 1) + "行「" + payload.level3() + "」";
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Compares names the way a reader would: whitespace (incl. full-width) does not count. */
    static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }
}
