package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.AmountText;
import org.openbudget.seeds.parse.CodeHealer;
import org.openbudget.seeds.parse.ParsedRow;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.RowLabels;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableKind;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.TwoSidedLabels;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.openbudget.seeds.parse.TableKind.*;

/**
 * Reads the nine tables of the Hebei layout: tab-separated cells, a header block (department code and
 * name, 预算年度, 单位, column headings) ended by the 栏次 row, numbered rows, and the header block
 * repeated on every page the table continues on.
 */
final class HebeiTables {

    /** The header lines of the tables: what they say about the document. */
    static final class Header {
        String departmentCode;
        String departmentName;
        Integer year;
        String unit;
        int line;
    }

    private static final Pattern DEPARTMENT = Pattern.compile("^([0-9A-Za-z]{1,20})\\s+(\\S.*)$");
    private static final Pattern YEAR = Pattern.compile("^预算年度[：:]\\s*(\\d{4})$");
    private static final Pattern UNIT = Pattern.compile("^单位[：:]\\s*(万元|元)$");
    private static final Pattern COLUMN_ROW = Pattern.compile("^(栏次|档次)$");

    /** The cells after the label columns, by table; the label columns are 序号, 科目编码, 科目名称 (or 序号, 项目). */
    private static final Map<TableKind, List<String>> AMOUNT_COLUMNS = Map.of(
            REVENUE, List.of(TOTAL, CURRENT_YEAR, APPROPRIATION, SPECIAL_ACCOUNT, INSTITUTION, INSTITUTION_OPERATING,
                    SUPERIOR_SUBSIDY, AFFILIATED_REMITTANCE, OTHER, CARRY_OVER),
            EXPENDITURE, List.of(TOTAL, BASIC, PROJECT, OPERATING, SUPERIOR_REMITTANCE, AFFILIATE_SUBSIDY),
            GENERAL_BUDGET, List.of(TOTAL, BASIC, PROJECT),
            GOVERNMENT_FUND, List.of(TOTAL, BASIC, PROJECT),
            STATE_CAPITAL, List.of(TOTAL, BASIC, PROJECT),
            BASIC_ECONOMIC, List.of(TOTAL, PERSONNEL, PUBLIC_USE),
            THREE_PUBLIC, List.of(TOTAL, GENERAL, GOVERNMENT, STATE));

    /** Expenditure-side cells of the two-sided tables. */
    private static final List<String> SUMMARY_EXPENDITURE = List.of(AMOUNT);
    private static final List<String> FISCAL_EXPENDITURE = List.of(TOTAL, GENERAL, GOVERNMENT, STATE);

    private final SourceText text;
    private final Warnings warnings;
    private final Header header;

    HebeiTables(SourceText text, Warnings warnings, Header header) {
        this.text = text;
        this.warnings = warnings;
        this.header = header;
    }

    /** Cells per row: the label columns and the amount columns. */
    static int width(TableKind kind) {
        return switch (kind) {
            case SUMMARY -> 5;
            case FISCAL_SUMMARY -> 8;
            case THREE_PUBLIC -> 2 + AMOUNT_COLUMNS.get(kind).size();
            default -> 3 + AMOUNT_COLUMNS.get(kind).size();
        };
    }

    /** Reads the table whose title is on {@code titleLine}, up to (not including) {@code end}. */
    ParsedTable read(TableKind kind, int titleLine, int end) {
        String unit = null;
        String note = null;
        boolean inHeader = true;
        boolean columnsChecked = false;
        List<ParsedRow> rows = new ArrayList<>();
        RowState state = new RowState(kind, warnings);
        HebeiGrid grid = new HebeiGrid(width(kind));
        for (int n = titleLine + 1; n < end; n++) {
            String raw = text.line(n);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("注：") || line.startsWith("注:")) {
                note = note == null ? line : note + "\n" + line;
                continue;
            }
            if (readHeaderLine(n, line)) {
                inHeader = true;
                grid.header(line);
                for (String part : line.split("\t")) {
                    Matcher u = UNIT.matcher(part.strip());
                    if (u.matches()) {
                        unit = u.group(1);
                    }
                }
                continue;
            }
            String[] cells = raw.split("\t", -1);
            if (COLUMN_ROW.matcher(cells[0].strip()).matches()) {
                if (cells[0].strip().equals("档次")) {
                    warnings.add(n, WarningKind.HEALED, "column-number row labelled \"档次\": read as 栏次");
                }
                if (!columnsChecked) {
                    int numbered = (int) java.util.Arrays.stream(cells).skip(1).filter(c -> !c.isBlank()).count();
                    if (numbered != width(kind) - 1) {
                        warnings.add(n, WarningKind.SKIPPED, "table " + kind.number() + " skipped: its 栏次 row numbers "
                                + numbered + " columns, the known layout has " + (width(kind) - 1));
                        return null;
                    }
                    columnsChecked = true;
                }
                inHeader = false;
                continue;
            }
            if (inHeader) {
                grid.header(line);
                continue;
            }
            if (raw.indexOf('\t') < 0) {
                warnings.add(n, WarningKind.SKIPPED, "line inside table " + kind.number() + " is not a table row: \""
                        + abbreviate(line) + "\"");
                continue;
            }
            grid.row(n, cells);
            switch (kind) {
                case SUMMARY, FISCAL_SUMMARY -> twoSided(kind, n, cells, state, rows);
                case THREE_PUBLIC -> labelled(n, cells, state, rows);
                default -> coded(kind, n, cells, state, rows);
            }
        }
        return new ParsedTable(kind, text.trimmed(titleLine), titleLine, unit, rows, note, grid.build());
    }

    /** Department, year, unit and column-heading lines; true when {@code line} is one. */
    private boolean readHeaderLine(int n, String line) {
        String[] parts = line.split("\t");
        if (parts.length == 3 && YEAR.matcher(parts[1].strip()).matches()) {
            // department, 预算年度 and 单位 printed on one line (space-aligned layouts: SpacedColumns cut it in three)
            boolean all = true;
            for (String part : parts) {
                all &= readHeaderLine(n, part.strip());
            }
            return all;
        }
        Matcher y = YEAR.matcher(line);
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            if (header.year == null) {
                header.year = year;
            } else if (header.year != year) {
                warnings.add(n, WarningKind.MISMATCH, "预算年度 " + year + " differs from " + header.year + " printed above");
            }
            return true;
        }
        Matcher u = UNIT.matcher(line);
        if (u.matches()) {
            if (header.unit == null) {
                header.unit = u.group(1);
            } else if (!header.unit.equals(u.group(1))) {
                warnings.add(n, WarningKind.MISMATCH, "单位 " + u.group(1) + " differs from " + header.unit + " printed above");
            }
            return true;
        }
        if (line.indexOf('\t') < 0) {
            Matcher d = DEPARTMENT.matcher(line);
            if (d.matches() && !line.startsWith("注")) {
                if (header.departmentCode == null) {
                    header.departmentCode = d.group(1);
                    header.departmentName = d.group(2).strip();
                    header.line = n;
                } else if (!header.departmentCode.equals(d.group(1))) {
                    warnings.add(n, WarningKind.MISMATCH, "department " + line + " differs from " + header.departmentCode
                            + " " + header.departmentName + " printed above");
                }
                return true;
            }
        }
        return line.startsWith("序号");
    }

    /** Numbering and wrapped-name bookkeeping of one table. */
    private static final class RowState {
        final TableKind kind;
        final CodeHealer healer;
        Integer lastSeq;
        int lastSeqLine;
        final TwoSidedLabels labels;

        RowState(TableKind kind, Warnings warnings) {
            this.kind = kind;
            this.healer = new CodeHealer(warnings,
                    kind == BASIC_ECONOMIC ? CodeHealer.Scheme.ECONOMIC : CodeHealer.Scheme.FUNCTIONAL);
            this.labels = new TwoSidedLabels(kind, warnings);
        }
    }

    private void coded(TableKind kind, int n, String[] raw, RowState state, List<ParsedRow> rows) {
        List<String> columns = AMOUNT_COLUMNS.get(kind);
        String[] cells = pad(n, kind, raw);
        String seq = cells[0].strip();
        String code = cells[1].strip();
        String name = cells[2].strip();
        Map<String, BigDecimal> amounts = amounts(n, cells, 3, columns);
        if (seq.isEmpty() && code.isEmpty() && !name.isEmpty() && amounts.isEmpty() && !rows.isEmpty()) {
            ParsedRow previous = rows.remove(rows.size() - 1);
            warnings.add(n, WarningKind.HEALED, "name continued after the page break: \"" + name + "\" joined to the row of line "
                    + previous.line() + " (\"" + previous.name() + "\" → \"" + previous.name() + name + "\")");
            rows.add(previous.withName(previous.name() + name));
            return;
        }
        checkSeq(n, seq, state);
        if (code.isEmpty()) {
            if (RowLabels.isTotal(name)) {
                rows.add(new ParsedRow(n, null, TOTAL_ROW, null, name, amounts));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "row skipped: no code and not a 合计 row: \"" + abbreviate(String.join(" ", cells).strip()) + "\"");
            }
            return;
        }
        CodeHealer.Reading reading = state.healer.fromCell(n, code);
        if (reading != null) {
            rows.add(new ParsedRow(n, null, reading.code(), reading.printed(), name, amounts));
        }
    }

    private void labelled(int n, String[] raw, RowState state, List<ParsedRow> rows) {
        String[] cells = pad(n, THREE_PUBLIC, raw);
        String seq = cells[0].strip();
        String name = cells[1].strip();
        checkSeq(n, seq, state);
        Map<String, BigDecimal> amounts = amounts(n, cells, 2, AMOUNT_COLUMNS.get(THREE_PUBLIC));
        Optional<String> item = RowLabels.threePublic(name);
        if (item.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "row skipped: \"" + name + "\" is not a \"三公\" item");
            return;
        }
        rows.add(new ParsedRow(n, null, item.get(), null, name, amounts));
    }

    private void twoSided(TableKind kind, int n, String[] raw, RowState state, List<ParsedRow> rows) {
        String[] cells = pad(n, kind, raw);
        checkSeq(n, cells[0].strip(), state);
        String revenueName = cells[1].strip();
        Map<String, BigDecimal> revenue = amounts(n, cells, 2, List.of(AMOUNT));
        if (!revenueName.isEmpty()) {
            Optional<String> key = state.labels.revenue(revenueName);
            if (key.isPresent()) {
                rows.add(new ParsedRow(n, REVENUE_SIDE, key.get(), null, revenueName, revenue));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "revenue row skipped: \"" + revenueName + "\" is not a known revenue row of table "
                        + kind.number());
            }
        } else if (!revenue.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "revenue amount " + revenue.values() + " skipped: the row has no label");
        }
        String expenditureName = cells[3].strip();
        List<String> columns = kind == SUMMARY ? SUMMARY_EXPENDITURE : FISCAL_EXPENDITURE;
        Map<String, BigDecimal> expenditure = amounts(n, cells, 4, columns);
        if (!expenditureName.isEmpty()) {
            Optional<String> key = state.labels.expenditure(n, expenditureName);
            if (key.isPresent()) {
                rows.add(new ParsedRow(n, EXPENDITURE_SIDE, key.get(), null, expenditureName, expenditure));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "expenditure row skipped: \"" + expenditureName + "\" is neither a 类 of 支出功能分类 nor a total row");
            }
        } else if (!expenditure.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "expenditure amounts " + expenditure.values() + " skipped: the row has no label");
        }
    }

    private void checkSeq(int n, String seq, RowState state) {
        if (seq.isEmpty()) {
            return;
        }
        if (!seq.matches("\\d+")) {
            warnings.add(n, WarningKind.SKIPPED, "row number \"" + seq + "\" is not a number");
            return;
        }
        int value = Integer.parseInt(seq);
        if (state.lastSeq != null && value != state.lastSeq + 1) {
            warnings.add(n, WarningKind.MISMATCH, "row number " + value + " follows " + state.lastSeq + " (line "
                    + state.lastSeqLine + "): a row may be missing");
        }
        state.lastSeq = value;
        state.lastSeqLine = n;
    }

    private String[] pad(int n, TableKind kind, String[] cells) {
        int width = width(kind);
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                warnings.add(n, WarningKind.SKIPPED, "cell \"" + cells[i].strip() + "\" beyond the " + width
                        + " columns of table " + kind.number() + " skipped");
            }
        }
        String[] padded = new String[width];
        for (int i = 0; i < width; i++) {
            padded[i] = i < cells.length ? cells[i] : "";
        }
        return padded;
    }

    private Map<String, BigDecimal> amounts(int n, String[] cells, int from, List<String> columns) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = cells[from + i];
            Optional<BigDecimal> amount = AmountText.parse(cell);
            if (amount == null) {
                warnings.add(n, WarningKind.SKIPPED, "cell \"" + cell.strip() + "\" in column " + columns.get(i)
                        + " is not an amount");
            } else {
                String column = columns.get(i);
                amount.ifPresent(a -> out.put(column, a));
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** Known titles (spacing and quote forms ignored), and the one misspelling seen in a real document. */
    static Optional<TableKind> title(String line) {
        String t = Texts.squeeze(line);
        return Optional.ofNullable(switch (t) {
            case "部门预算收支总表" -> SUMMARY;
            case "部门预算收入总表" -> REVENUE;
            case "部门预算支出总表" -> EXPENDITURE;
            case "部门预算财政拨款收支总表" -> FISCAL_SUMMARY;
            case "部门预算一般公共预算财政拨款支出表" -> GENERAL_BUDGET;
            case "部门预算一般公共预算财政拨款基本支出表" -> BASIC_ECONOMIC;
            case "部门预算政府性基金预算财政拨款支出表", "部门预算政府基金预算财政拨款支出表" -> GOVERNMENT_FUND;
            case "部门预算国有资本经营预算财政拨款支出表" -> STATE_CAPITAL;
            case "部门预算财政拨款“三公“经费支出表", "部门预算财政拨款三公经费支出表" -> THREE_PUBLIC;
            default -> null;
        });
    }
}
