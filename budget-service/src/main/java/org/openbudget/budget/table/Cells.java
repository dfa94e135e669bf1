package org.openbudget.budget.table;

import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cell text helpers shared by the table builders. */
final class Cells {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Cells() {
    }

    /** An amount in 元 as printed in {@code unit}: rounded half-up to 2 decimals; blank stays blank. */
    static String amount(BigDecimal yuan, AmountUnit unit) {
        return yuan == null ? null : unit.fromYuan(yuan).toPlainString();
    }

    /** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 30 → 三十 (row labels "十三、农林水支出"). */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no Chinese numeral for " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
        return t + DIGITS[ones];
    }

    static List<String> row(String... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static DisclosureTable table(TableBuilder builder, TableInput in, AmountUnit unit, List<TableColumn> columns,
                                 List<TableRow> rows, String note) {
        return new DisclosureTable(builder.number(), builder.title(), in.department(), in.departmentName(), in.year(),
                unit.label(), columns, rows, note);
    }

    static TableColumn col(int number, String label, String group) {
        return new TableColumn(number, label, group);
    }
}
