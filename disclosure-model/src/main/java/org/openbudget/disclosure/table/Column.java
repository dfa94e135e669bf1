package org.openbudget.disclosure.table;

/**
 * A column of a disclosure table as its header prints it; its 栏次 number is its position + 1.
 *
 * @param group the spanning header above it (功能分类科目, 本年收入 …); null when the label spans both header rows
 */
public record Column(String label, String group, Kind kind) {

    /** 科目编码 — the header of every code column. */
    public static final String CODE_LABEL = "科目编码";

    public enum Kind {
        /** 科目编码. */
        CODE,
        /** 科目名称, 项目 — text. */
        NAME,
        /** An amount in the table's unit with 2 decimals. */
        AMOUNT
    }

    public static Column code(String group) {
        return new Column(CODE_LABEL, group, Kind.CODE);
    }

    public static Column name(String label, String group) {
        return new Column(label, group, Kind.NAME);
    }

    public static Column amount(String label, String group) {
        return new Column(label, group, Kind.AMOUNT);
    }
}
