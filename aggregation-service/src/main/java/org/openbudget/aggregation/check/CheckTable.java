package org.openbudget.aggregation.check;

import org.openbudget.disclosure.table.Cell;
import org.openbudget.disclosure.table.Column;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.table.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the nine tables as the checked document gives them, built by disclosure-model from the figures read: each
 * cell as printed text ("394.30"), {@code null} for a blank; columns as {@code group / label}.
 */
public record CheckTable(int number, String title, String unit, List<String> columns, List<CheckRow> rows, String note) {

    public record CheckRow(int number, List<String> cells) {
    }

    static CheckTable of(DisclosureTable table) {
        List<String> columns = table.columns().stream().map(CheckTable::label).toList();
        List<CheckRow> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row.cells()) {
                cells.add(cell == null ? null : cell.display());
            }
            rows.add(new CheckRow(row.number(), cells));
        }
        return new CheckTable(table.number(), table.title(), table.unit().label(), columns, rows, table.note());
    }

    private static String label(Column c) {
        return c.group() == null ? c.label() : c.group() + " / " + c.label();
    }
}
