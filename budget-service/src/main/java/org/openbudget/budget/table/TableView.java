package org.openbudget.budget.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.disclosure.table.DisclosureTable;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the nine tables as {@code /tables} answers it: the header facts (department, year, unit), the 栏次 columns,
 * the numbered rows with every cell as printed text — amounts with 2 decimals in {@code unit}, {@code null} a blank
 * cell, which is not "0.00" — and, for an empty table, its note ("注：无…，空表列示。"). The table itself is the
 * disclosure model's ({@link DisclosureTable}); this is only its JSON.
 *
 * @param number the table's place in the document, 1–9
 */
@Schema(name = "DisclosureTable")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableView(
        int number,
        String title,
        String department,
        String departmentName,
        int year,
        String unit,
        List<Column> columns,
        List<Row> rows,
        String note) {

    /**
     * A column as the header prints it.
     *
     * @param number the 栏次 number (cells[number - 1] of every row)
     * @param group  the spanning header above it, e.g. 本年收入 or 功能分类科目; null when none
     */
    @Schema(name = "TableColumn")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Column(int number, String label, String group) {
    }

    /** A printed row: its 序号 and one cell per column, in 栏次 order; a blank cell is {@code null}. */
    @Schema(name = "TableRow")
    public record Row(int number, List<String> cells) {
    }

    public static TableView of(String department, String departmentName, int year, DisclosureTable table) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            var c = table.columns().get(i);
            columns.add(new Column(i + 1, c.label(), c.group()));
        }
        List<Row> rows = table.rows().stream()
                .map(r -> new Row(r.number(), r.cells().stream().map(TableView::text).toList())).toList();
        return new TableView(table.number(), table.title(), department, departmentName, year, table.unit().label(),
                columns, rows, table.note());
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.display();
    }
}
