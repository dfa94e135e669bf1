package org.openbudget.disclosure.table;

import org.openbudget.disclosure.money.AmountUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the nine tables of 部门预算公开表: title, unit, columns (the 栏次 numbers are their positions), numbered
 * rows and, for a table without rows, its note ("注：无…，空表列示。"). The department and year of the header lines
 * are the caller's: the same table is printed for any of them.
 *
 * @param number the table's place in the document, 1–9
 * @param unit   the unit every amount cell is in (单位：万元 in a published document)
 */
public record DisclosureTable(int number, String title, AmountUnit unit, List<Column> columns, List<Row> rows,
                              String note) {

    /**
     * The two header rows the seed prints: a label without a group spans both rows; consecutive columns of
     * one group share a spanning cell above their labels. 序号 always spans both.
     */
    public List<List<HeaderCell>> headerRows() {
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> bottom = new ArrayList<>();
        top.add(new HeaderCell("序号", 0, 2, 1));
        int i = 0;
        while (i < columns.size()) {
            Column c = columns.get(i);
            if (c.group() == null) {
                top.add(new HeaderCell(c.label(), i + 1, 2, 1));
                i++;
                continue;
            }
            int j = i;
            while (j < columns.size() && c.group().equals(columns.get(j).group())) {
                bottom.add(new HeaderCell(columns.get(j).label(), j + 1, 1, 1));
                j++;
            }
            top.add(new HeaderCell(c.group(), i + 1, 1, j - i));
            i = j;
        }
        return List.of(top, bottom);
    }

    /**
     * A header cell placed on the grid whose column 0 is 序号.
     *
     * @param column the first grid column it covers
     */
    public record HeaderCell(String text, int column, int rowSpan, int colSpan) {
    }
}
