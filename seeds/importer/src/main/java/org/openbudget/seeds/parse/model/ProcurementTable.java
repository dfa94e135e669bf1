package org.openbudget.seeds.parse.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 部门政府采购预算 as printed. An empty {@code rows} with a note is the printed empty table (空表列示).
 *
 * @param statedTotal the total the section's sentence states ("安排政府采购预算0.00万元"), in {@code unit}
 */
public record ProcurementTable(int line, String unit, List<ProcurementRow> rows, String note, BigDecimal statedTotal) {

    public ProcurementTable {
        rows = List.copyOf(rows);
    }

    /** Text cells (projectName, itemName, catalogCode, measureUnit) and amount cells by column key. */
    public record ProcurementRow(int line, Map<String, String> texts, Map<String, BigDecimal> amounts) {
    }
}
