package org.openbudget.budget.table;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A column as the header prints it.
 *
 * @param number the 栏次 number (cells[number - 1] of every row)
 * @param group  the spanning header above it, e.g. 本年收入 or 功能分类科目; null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableColumn(int number, String label, String group) {
}
