package org.openbudget.aggregation.document.model;

import org.openbudget.disclosure.table.Cell;

import java.util.List;

/** A piece of an explanatory section (一 … 九): a sub-heading, a paragraph, or a small table. */
public sealed interface Block {

    /** A sub-heading inside a section ("1.收入说明。", "第一部分 部门整体绩效目标"); level 1 is the higher. */
    record Heading(int level, String text) implements Block {
    }

    /**
     * A paragraph: {@code prefix} (a number such as "1、"), then {@code term} in bold when given (名词解释),
     * then the text.
     */
    record Paragraph(String prefix, String term, String text) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(null, null, text);
        }

        /** The paragraph as plain text. */
        public String plain() {
            return (prefix == null ? "" : prefix) + (term == null ? "" : term) + text;
        }
    }

    /**
     * A small table of a section (机构设置, 绩效目标表, 政府采购预算, 固定资产占用): caption lines, header rows,
     * body rows and notes. Cells span with rowSpan/colSpan; a spanned position holds no cell.
     */
    record Grid(String title, List<String> captionLines, int columns, List<List<GridCell>> header,
                List<List<GridCell>> body, List<String> notes) implements Block {
    }

    /** A grid cell: text or a 万元 amount (see {@link Cell}); bold cells label a row of a target table. */
    record GridCell(Cell cell, int rowSpan, int colSpan, boolean label) {

        public static GridCell text(String text) {
            return new GridCell(Cell.text(text), 1, 1, false);
        }

        public static GridCell label(String text) {
            return new GridCell(Cell.text(text), 1, 1, true);
        }

        public static GridCell of(Cell cell) {
            return new GridCell(cell, 1, 1, false);
        }

        public GridCell span(int rows, int cols) {
            return new GridCell(cell, rows, cols, label);
        }
    }
}
