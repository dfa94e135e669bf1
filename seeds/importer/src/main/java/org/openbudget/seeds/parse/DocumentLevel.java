package org.openbudget.seeds.parse;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/**
 * Whose budget a disclosure is: a 部门 (department: the 主管部门 with its units, 部门预算) or one 预算单位 (a unit's
 * own 单位预算). Both print the same nine tables; the titles and the 编制部门/编制单位 line say which.
 */
public enum DocumentLevel {
    DEPARTMENT("department"),
    UNIT("unit");

    private final String id;

    DocumentLevel(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The level a table title or a preparer line names: "预算单位财务收支预算总表", "编制单位：" → unit;
     * "部门财务收支预算总表", "编制部门：", "部门预算收支总表" → department; empty when it names neither.
     */
    public static Optional<DocumentLevel> named(String printed) {
        String s = Texts.squeeze(printed);
        if (s.contains("预算单位") || s.contains("编制单位") || s.contains("单位预算")) {
            return Optional.of(UNIT);
        }
        if (s.contains("部门")) {
            return Optional.of(DEPARTMENT);
        }
        return Optional.empty();
    }
}
