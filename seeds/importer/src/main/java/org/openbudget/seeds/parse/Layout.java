package org.openbudget.seeds.parse;

import com.fasterxml.jackson.annotation.JsonValue;

/** The regional layouts of published disclosure texts the loader reads. */
public enum Layout {
    /**
     * Hebei county layout (the seed, 高邑县政府办 2022): tab-separated table cells, 单位：万元 with two
     * decimals, 7-digit functional codes in one cell (sometimes split by the PDF export: "211030 1"),
     * a 栏次 row under every table header, tables continued over pages with repeated headers.
     */
    HEBEI("hebei"),
    /**
     * Shanghai district layout (上海市普陀区 2024, pdftotext -layout): space-aligned columns, 单位：元 with
     * thousands separators, codes in separate 类/款/项 columns (leading zeros sometimes lost: "301 2"),
     * "三公" and 机关运行经费 together in one table in 万元.
     */
    SHANGHAI("shanghai");

    private final String id;

    Layout(String id) {
        this.id = id;
    }

    /** The name the parse-only output and the messages use. */
    @JsonValue
    public String id() {
        return id;
    }
}
