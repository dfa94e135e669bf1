package org.openbudget.aggregation.document.model;

/**
 * A column of a disclosure table as its header prints it.
 *
 * @param group the spanning header above it (功能分类科目, 本年收入 …); null when the label spans both header rows
 */
public record Column(String label, String group, Kind kind) {

    public enum Kind {
        /** 科目编码. */
        CODE,
        /** 科目名称, 项目 — text. */
        NAME,
        /** 万元 with 2 decimals. */
        AMOUNT
    }

    public static Column code(String group) {
        return new Column("科目编码", group, Kind.CODE);
    }

    public static Column name(String label, String group) {
        return new Column(label, group, Kind.NAME);
    }

    public static Column amount(String label, String group) {
        return new Column(label, group, Kind.AMOUNT);
    }
}
