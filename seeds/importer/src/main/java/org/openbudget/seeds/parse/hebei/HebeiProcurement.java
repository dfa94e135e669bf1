package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.AmountText;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.ProcurementTable;
import org.openbudget.seeds.parse.model.ProcurementTable.ProcurementRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 六 政府采购预算情况 of the Hebei layout: the stated total and the 部门政府采购预算 table of 16
 * columns (项目名称, 预算资金, 采购物品名称, 政府采购目录序号, 计量单位, 数量, 单价, 合计, seven funding columns,
 * 预留中小微企业份额).
 */
final class HebeiProcurement {

    private static final Pattern STATED = Pattern.compile("政府采购预算\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元");
    private static final Pattern UNIT = Pattern.compile("^单位[：:]\\s*(万元|元)$");
    /** Column keys in printed order; text columns first in each group. */
    static final List<String> COLUMNS = List.of("projectName", "projectBudget", "itemName", "catalogCode", "measureUnit",
            "quantity", "unitPrice", "amount", "generalBudget", "governmentFund", "stateCapital", "fiscalSpecialAccount",
            "unitFunds", "fiscalCarryOver", "nonFiscalCarryOver", "smeReserved");
    private static final List<String> TEXT_COLUMNS = List.of("projectName", "itemName", "catalogCode", "measureUnit");

    private final SourceText text;
    private final Warnings warnings;

    HebeiProcurement(SourceText text, Warnings warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    ProcurementTable read(HebeiSections sections, String departmentCode) {
        HebeiSections.Section section = sections.section(6);
        if (section == null) {
            return null;
        }
        BigDecimal stated = null;
        String unit = null;
        int tableLine = 0;
        List<String> notes = new ArrayList<>();
        List<ProcurementRow> rows = new ArrayList<>();
        for (int n = section.line() + 1; n < section.end(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (raw.indexOf('\t') < 0) {
                Matcher s = STATED.matcher(line);
                Matcher u = UNIT.matcher(line);
                if (s.find() && stated == null) {
                    stated = new BigDecimal(s.group(1).replace(",", ""));
                } else if (u.matches()) {
                    unit = u.group(1);
                } else if (line.startsWith("注")) {
                    notes.add(line);
                } else if (line.endsWith("政府采购预算")) {
                    tableLine = n;
                } else if (departmentCode == null || !line.startsWith(departmentCode + " ")) {
                    warnings.add(n, WarningKind.SKIPPED, "line of section 六 not read: \"" + HebeiTables.abbreviate(line) + "\"");
                }
                continue;
            }
            String[] cells = raw.split("\t", -1);
            String first = cells[0].strip();
            if (first.startsWith("政府采购项目来源") || first.equals("项目名称")) {
                continue;
            }
            rows.add(row(n, cells));
        }
        if (tableLine == 0 && stated == null) {
            return null;
        }
        if (rows.isEmpty() && notes.stream().noneMatch(s -> s.contains("空表"))) {
            warnings.add(tableLine, WarningKind.ASSUMED, "procurement table has no rows and no 空表 note: read as empty");
        }
        return new ProcurementTable(tableLine, unit, rows, notes.isEmpty() ? null : String.join("\n", notes), stated);
    }

    private ProcurementRow row(int n, String[] cells) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            String cell = i < cells.length ? cells[i].strip() : "";
            if (cell.isEmpty()) {
                continue;
            }
            if (TEXT_COLUMNS.contains(column)) {
                texts.put(column, cell);
            } else {
                Optional<BigDecimal> a = AmountText.parse(cell);
                if (a == null) {
                    warnings.add(n, WarningKind.SKIPPED, "cell \"" + cell + "\" in column " + column + " is not a number");
                } else {
                    a.ifPresent(v -> amounts.put(column, v));
                }
            }
        }
        for (int i = COLUMNS.size(); i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                warnings.add(n, WarningKind.SKIPPED, "cell \"" + cells[i].strip() + "\" beyond the 16 columns skipped");
            }
        }
        return new ProcurementRow(n, texts, amounts);
    }
}
