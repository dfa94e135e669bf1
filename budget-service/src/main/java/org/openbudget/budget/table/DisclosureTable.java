package org.openbudget.budget.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One of the nine tables of the disclosure (部门预算公开表) as printed: header facts, the 栏次 columns, the
 * numbered rows and, for an empty table, its note ("注：无…，空表列示。"). Cells are the printed text —
 * amounts formatted with 2 decimals in {@code unit}; {@code null} is a blank cell, which is not "0.00".
 *
 * @param number the table's place in the document, 1–9
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureTable(
        int number,
        String title,
        String department,
        String departmentName,
        int year,
        String unit,
        List<TableColumn> columns,
        List<TableRow> rows,
        String note) {
}
