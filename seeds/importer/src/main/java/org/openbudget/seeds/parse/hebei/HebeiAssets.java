package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.AmountText;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.AssetTable;
import org.openbudget.seeds.parse.model.AssetTable.AssetRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Section 七 国有资产信息 of the Hebei layout: the 部门固定资产占用情况表 and its 截止时间. */
final class HebeiAssets {

    /** On a line of its own (the seed), or after the department on the table's header line (space-aligned layouts). */
    private static final Pattern AS_OF = Pattern.compile("(?:^|\\s)截止(?:时间|日期)[：:]\\s*(\\d{4})[-年](\\d{1,2})[-月](\\d{1,2})日?$");
    private static final Pattern UNIT = Pattern.compile("金额单位[：:]\\s*(万元|元)");
    private static final Pattern STATED_TOTAL = Pattern.compile("固定资产(?:金额|总额)为\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元");

    private final SourceText text;
    private final Warnings warnings;

    HebeiAssets(SourceText text, Warnings warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    AssetTable read(HebeiSections sections, String departmentCode) {
        HebeiSections.Section section = sections.section(7);
        if (section == null) {
            return null;
        }
        LocalDate asOf = null;
        String unit = null;
        int tableLine = 0;
        BigDecimal stated = null;
        int statedLine = 0;
        List<AssetRow> rows = new ArrayList<>();
        for (int n = section.line() + 1; n < section.end(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher a = AS_OF.matcher(line);
            if (raw.indexOf('\t') < 0 && a.find()) {
                asOf = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
                continue;
            }
            if (raw.indexOf('\t') < 0) {
                Matcher s = STATED_TOTAL.matcher(line);
                if (s.find()) {
                    stated = new BigDecimal(s.group(1).replace(",", ""));
                    statedLine = n;
                } else if (line.endsWith("占用情况表")) {
                    tableLine = n;
                } else if (departmentCode == null || !line.startsWith(departmentCode + " ")) {
                    warnings.add(n, WarningKind.NOT_LOADED, "sentence of section 七 not loaded (the generator writes it from the table): \""
                            + HebeiTables.abbreviate(line) + "\"");
                }
                continue;
            }
            String[] cells = raw.split("\t", -1);
            String name = cells[0].strip();
            Matcher u = UNIT.matcher(line);
            if (u.find()) {
                unit = u.group(1);
                continue;
            }
            Optional<String> key = key(name);
            if (key.isEmpty() && (name.startsWith("注") || Texts.statesAbsence(name))) {
                warnings.add(n, WarningKind.NOT_LOADED, "\"" + name + "\" under the 固定资产占用情况表: a note, no row");
                continue;
            }
            if (key.isEmpty()) {
                warnings.add(n, WarningKind.SKIPPED, "asset row \"" + name + "\" is not a row of the 固定资产占用情况表");
                continue;
            }
            BigDecimal quantity = amount(n, cells, 1, "数量");
            BigDecimal value = amount(n, cells, 2, "价值");
            rows.add(new AssetRow(n, key.get(), name, quantity, value));
        }
        if (rows.isEmpty()) {
            return null;
        }
        if (asOf == null) {
            warnings.add(tableLine, WarningKind.SKIPPED, "the asset table prints no 截止时间: it cannot be loaded");
        }
        AssetTable table = new AssetTable(tableLine, asOf, unit, rows, "table");
        if (stated != null) {
            BigDecimal total = table.row("totalValue").map(AssetRow::value).orElse(null);
            if (total == null || total.compareTo(stated) != 0) {
                warnings.add(statedLine, WarningKind.MISMATCH, "the text states 固定资产 " + stated + " 万元, the table's 资产总额 is " + total);
            }
        }
        return table;
    }

    private BigDecimal amount(int n, String[] cells, int i, String column) {
        String cell = i < cells.length ? cells[i] : "";
        Optional<BigDecimal> a = AmountText.parse(cell);
        if (a == null) {
            warnings.add(n, WarningKind.SKIPPED, "cell \"" + cell.strip() + "\" in column " + column + " is not a number");
            return null;
        }
        return a.orElse(null);
    }

    static Optional<String> key(String printed) {
        String s = Texts.label(printed);
        if (s.startsWith("其中：")) {
            s = s.substring(3);
        }
        if (s.equals("资产总额")) {
            return Optional.of("totalValue");
        }
        if (s.startsWith("办公用房")) {
            return Optional.of("officeBuildings");
        }
        if (s.startsWith("房屋")) {
            return Optional.of("buildings");
        }
        if (s.startsWith("车辆")) {
            return Optional.of("vehicles");
        }
        if (s.contains("万元以上的设备") || s.contains("万元以上设备")) {
            return Optional.of("equipmentOver200k");
        }
        if (s.startsWith("其他固定资产")) {
            return Optional.of("otherFixedAssets");
        }
        return Optional.empty();
    }
}
