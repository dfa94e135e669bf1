package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.AmountText;
import org.openbudget.seeds.parse.CodeHealer;
import org.openbudget.seeds.parse.ParsedRow;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.PrintedGrid;
import org.openbudget.seeds.parse.RowLabels;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableKind;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.TwoSidedLabels;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.shanghai.ColumnGrid.Heading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.openbudget.seeds.parse.TableKind.*;

/**
 * Reads the tables of the Shanghai layout (pdftotext -layout): a title, a 编制单位 … 单位 line, column
 * headings over several lines, then rows whose amounts are placed in columns by position
 * ({@link ColumnGrid}) and whose codes are printed as 类 款 项 columns ({@link CodeHealer#fromColumns}).
 */
final class ShanghaiTables {

    /** "第 3 页", "- 3 -", "3/16": a page number between the rows of a table split over pages. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:第\\s*\\d+\\s*页(?:\\s*共\\s*\\d+\\s*页)?|[-—–]\\s*\\d+\\s*[-—–]|\\d+\\s*/\\s*\\d+)$");
    private static final Pattern CODE_COLUMNS = Pattern.compile("^类\\s+款(?:\\s.*)?$");
    private static final Pattern EMPTY_NOTE = Pattern.compile("^(?:本|我)(?:部门|单位).{0,20}无.*(?:预算|支出|安排|经费)|空表");
    /** An amount lying further than this from every heading (in page columns) is not placed. */
    private static final double MAX_DISTANCE = 12;
    private static final String REVENUE_AMOUNT = "revenue.amount";

    private static final Map<TableKind, List<Heading>> HEADINGS = Map.of(
            SUMMARY, List.of(Heading.of(REVENUE_AMOUNT, "预算数"), Heading.of(TOTAL, "合计"),
                    Heading.of(PERSONNEL, "人员经费"), Heading.of(PUBLIC_USE, "公用经费"), Heading.of(PROJECT, "项目支出")),
            REVENUE, List.of(Heading.of(TOTAL, "合计"), Heading.of(APPROPRIATION, "财政拨款收入", "财政拨款"),
                    Heading.of(INSTITUTION, "事业收入"), Heading.of(INSTITUTION_OPERATING, "经营收入", "事业单位经营收入"),
                    Heading.of(OTHER, "其他收入")),
            EXPENDITURE, functional(),
            FISCAL_SUMMARY, List.of(Heading.of(REVENUE_AMOUNT, "预算数"), Heading.of(TOTAL, "合计"),
                    Heading.of(GENERAL, "一般公共预算"), Heading.of(GOVERNMENT, "政府性基金预算"),
                    Heading.of(STATE, "国有资本经营预算")),
            GENERAL_BUDGET, functional(),
            GOVERNMENT_FUND, functional(),
            STATE_CAPITAL, functional(),
            BASIC_ECONOMIC, List.of(Heading.of(TOTAL, "合计"), Heading.of(PERSONNEL, "人员经费"),
                    Heading.of(PUBLIC_USE, "公用经费")),
            THREE_PUBLIC, List.of(Heading.of("total", "合计"), Heading.of("outbound", "因公出国(境)费", "因公出国（境）费", "因公出国"),
                    Heading.of("reception", "公务接待费"), Heading.of("vehicle", "小计"),
                    Heading.of("vehiclePurchase", "购置费"), Heading.of("vehicleOperation", "运行费"),
                    Heading.of("agencyOperation", "机关运行经费", "机关运行经")));

    private static List<Heading> functional() {
        return List.of(Heading.of(TOTAL, "合计"), Heading.of(BASIC, "基本支出"), Heading.of(PROJECT, "项目支出"));
    }

    private final SourceText text;
    private final Warnings warnings;

    ShanghaiTables(SourceText text, Warnings warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    /** The first line after the unit line on {@code unitLine} that is not a heading: a row, a note, or {@code end}. */
    int firstRow(int unitLine, int end) {
        int n = unitLine + 1;
        while (n < end && !isData(text.line(n)) && !isNote(text.trimmed(n))) {
            n++;
        }
        // the 类 款 项 line ends the headings: a line below it is the first row's name wrapped above the row
        int codeColumns = -1;
        for (int k = unitLine + 1; k < n; k++) {
            if (CODE_COLUMNS.matcher(text.trimmed(k)).matches()) {
                codeColumns = k;
            }
        }
        for (int k = codeColumns + 1; codeColumns > 0 && k < n; k++) {
            if (!text.trimmed(k).isEmpty()) {
                return k;
            }
        }
        return n;
    }

    /** The heading lines between the unit line and the first row, as printed. */
    List<String> header(int unitLine, int firstRow) {
        List<String> header = new ArrayList<>();
        for (int n = unitLine + 1; n < firstRow; n++) {
            header.add(text.line(n));
        }
        return header;
    }

    /**
     * The table whose unit line is on {@code unitLine} (titled on {@code titleLine}, the unit line itself when no
     * title is printed), up to {@code end}; null (with a warning) when its headings do not name the columns.
     */
    ParsedTable read(TableKind kind, int titleLine, UnitLine unitText, int unitLine, int end) {
        int first = firstRow(unitLine, end);
        List<String> header = header(unitLine, first);
        List<String> missing = new ArrayList<>();
        ColumnGrid grid = ColumnGrid.fromHeader(header, HEADINGS.get(kind), missing);
        if (kind == SUMMARY && missing.contains(TOTAL)) {
            // a department-level 财务收支预算总表 prints one 预算数 per side and no 基本/项目 split
            List<String> single = new ArrayList<>();
            ColumnGrid bySide = ColumnGrid.fromHeader(header, List.of(Heading.of(REVENUE_AMOUNT, "预算数"),
                    Heading.nth(2, TOTAL, "预算数")), single);
            if (single.isEmpty()) {
                grid = bySide;
                missing = single;
            }
        }
        if (grid.columns().isEmpty() || missing.contains(TOTAL) || missing.contains(REVENUE_AMOUNT)) {
            warnings.add(titleLine, WarningKind.SKIPPED, "table " + kind.number() + " skipped: its headings do not name the columns "
                    + missing);
            return null;
        }
        Set<String> headerWords = new HashSet<>();
        header.forEach(l -> Token.of(l).forEach(t -> headerWords.add(t.text())));
        List<ParsedRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        CodeHealer healer = new CodeHealer(warnings, kind == BASIC_ECONOMIC ? CodeHealer.Scheme.ECONOMIC : CodeHealer.Scheme.FUNCTIONAL);
        TwoSidedLabels labels = new TwoSidedLabels(kind, warnings);
        boolean sequenced = headerWords.contains("序号");
        WrappedNames wrapped = new WrappedNames(warnings);
        for (int n = first; n < end; n++) {
            String line = text.line(n);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || PAGE_NUMBER.matcher(trimmed).matches()) {
                continue;
            }
            if (isNote(trimmed) || !notes.isEmpty() && !isData(line)) {
                notes.add(trimmed);
                continue;
            }
            List<Token> tokens = Token.of(line);
            if (tokens.stream().allMatch(t -> headerWords.contains(t.text())) || UnitLine.of(trimmed) != null) {
                continue; // the header repeated on a new page
            }
            if (sequenced && tokens.size() > 1 && tokens.get(0).text().matches("\\d{1,4}")) {
                tokens = tokens.subList(1, tokens.size()); // 序号 numbers the rows; it is not a code
            }
            switch (kind) {
                case SUMMARY, FISCAL_SUMMARY -> twoSided(kind, n, tokens, grid, labels, rows);
                case THREE_PUBLIC -> threePublic(n, tokens, grid, rows);
                default -> {
                    if (wrapped.fragment(n, tokens)) {
                        continue;
                    }
                    int before = rows.size();
                    coded(kind, n, tokens, grid, healer, rows, wrapped);
                    wrapped.rowRead(rows, before);
                }
            }
        }
        wrapped.end(rows);
        return new ParsedTable(kind, text.trimmed(titleLine), titleLine, unitText.unit(), rows,
                notes.isEmpty() ? null : String.join("\n", notes), PrintedGrid.NONE);
    }

    /**
     * A note under a table: "注：…", or the sentence a table without figures prints instead of rows
     * ("本部门无政府性基金预算…", "本单位2024年无…", "…空表列示").
     */
    static boolean isNote(String trimmed) {
        return trimmed.startsWith("注") || EMPTY_NOTE.matcher(trimmed).find();
    }

    /**
     * The first line of rows: it has an amount that is not a small heading number, starts with a code, is a
     * line of amounts only (the one row of the "三公" table), or is the 合计 row of an empty table.
     */
    static boolean isData(String line) {
        List<Token> tokens = Token.of(line);
        if (tokens.isEmpty()) {
            return false;
        }
        if (tokens.stream().anyMatch(t -> AmountText.isAmount(t.text()) && !t.text().matches("\\d{1,3}") || t.text().contains(","))) {
            return true;
        }
        if (tokens.size() > 1 && tokens.stream().allMatch(t -> AmountText.isAmount(t.text())) && !numbersColumns(tokens)) {
            return true;
        }
        String first = tokens.get(0).text();
        return first.matches("\\d{1,3}") && tokens.size() > 1 && tokens.get(1).text().matches("\\d{1,3}|\\D.*")
                && tokens.stream().anyMatch(t -> !t.text().matches("\\d+"))
                || tokens.size() == 1 && RowLabels.isTotal(first);
    }

    /** "1 2 3 4 …": a 栏次 row numbering the columns, not figures. */
    private static boolean numbersColumns(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(String.valueOf(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private void coded(TableKind kind, int n, List<Token> tokens, ColumnGrid grid, CodeHealer healer, List<ParsedRow> rows,
                       WrappedNames wrapped) {
        int levels = kind == BASIC_ECONOMIC ? 2 : 3;
        List<String> code = new ArrayList<>();
        int i = 0;
        boolean combined = !tokens.isEmpty() && tokens.get(0).text().matches("\\d{5}|\\d{7}");
        if (combined) {
            code.add(tokens.get(0).text()); // one code column: 2010301 rather than 201 03 01
            i = 1;
        }
        while (!combined && i < tokens.size() && code.size() < levels && tokens.get(i).text().matches("\\d{1,3}")) {
            code.add(tokens.get(i).text());
            i++;
        }
        StringBuilder name = new StringBuilder();
        while (i < tokens.size() && !AmountText.isAmount(tokens.get(i).text())) {
            name.append(tokens.get(i).text());
            i++;
        }
        List<Token> amounts = new ArrayList<>();
        for (; i < tokens.size(); i++) {
            if (AmountText.isAmount(tokens.get(i).text())) {
                amounts.add(tokens.get(i));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "\"" + tokens.get(i).text() + "\" among the amounts is not an amount");
            }
        }
        if (name.isEmpty()) {
            name.append(wrapped.nameAbove(n, rows));
        } else {
            wrapped.belongAbove(rows);
        }
        if (name.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "row skipped: no name (\"" + text.trimmed(n) + "\")");
            return;
        }
        Map<String, BigDecimal> cells = cells(n, amounts, grid);
        if (cells == null) {
            return;
        }
        if (code.isEmpty()) {
            if (RowLabels.isTotal(name.toString())) {
                rows.add(new ParsedRow(n, null, TOTAL_ROW, null, name.toString(), cells));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "row skipped: no code and not a 合计 row: \"" + text.trimmed(n) + "\"");
            }
            return;
        }
        CodeHealer.Reading reading = combined ? healer.fromCell(n, code.get(0)) : healer.fromColumns(n, code);
        if (reading != null) {
            rows.add(new ParsedRow(n, null, reading.code(), reading.printed(), name.toString(), cells));
        }
    }

    private void twoSided(TableKind kind, int n, List<Token> tokens, ColumnGrid grid, TwoSidedLabels labels, List<ParsedRow> rows) {
        double boundary = grid.centers().get(REVENUE_AMOUNT);
        StringBuilder revenueName = new StringBuilder();
        StringBuilder expenditureName = new StringBuilder();
        List<Token> amounts = new ArrayList<>();
        for (Token t : tokens) {
            if (AmountText.isAmount(t.text())) {
                amounts.add(t);
            } else if (t.start() < boundary) {
                revenueName.append(t.text());
            } else {
                expenditureName.append(t.text());
            }
        }
        Map<String, BigDecimal> cells = cells(n, amounts, grid);
        if (cells == null) {
            return;
        }
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        Map<String, BigDecimal> expenditure = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            if (k.equals(REVENUE_AMOUNT)) {
                revenue.put(AMOUNT, v);
            } else {
                expenditure.put(k, v);
            }
        });
        if (!revenueName.isEmpty()) {
            Optional<String> key = labels.revenue(revenueName.toString());
            if (key.isPresent()) {
                rows.add(new ParsedRow(n, REVENUE_SIDE, key.get(), null, revenueName.toString(), revenue));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "revenue row skipped: \"" + revenueName + "\" is not a known revenue row of table " + kind.number());
            }
        } else if (!revenue.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "revenue amount " + revenue.values() + " skipped: the row has no label");
        }
        if (!expenditureName.isEmpty()) {
            Optional<String> key = labels.expenditure(n, expenditureName.toString());
            if (key.isPresent()) {
                rows.add(new ParsedRow(n, EXPENDITURE_SIDE, key.get(), null, expenditureName.toString(), expenditure));
            } else {
                warnings.add(n, WarningKind.SKIPPED, "expenditure row skipped: \"" + expenditureName + "\" is neither a 类 of 支出功能分类 nor a total row");
            }
        } else if (!expenditure.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "expenditure amounts " + expenditure.values() + " skipped: the row has no label");
        }
    }

    /** The one printed row of the Shanghai "三公" table becomes one row per item, in 万元 as printed. */
    private void threePublic(int n, List<Token> tokens, ColumnGrid grid, List<ParsedRow> rows) {
        List<Token> amounts = tokens.stream().filter(t -> AmountText.isAmount(t.text())).toList();
        tokens.stream().filter(t -> !AmountText.isAmount(t.text())).forEach(t ->
                warnings.add(n, WarningKind.SKIPPED, "\"" + t.text() + "\" in the \"三公\" row is not an amount"));
        if (!rows.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "a second row of figures in the \"三公\" table skipped");
            return;
        }
        Map<String, BigDecimal> cells = cells(n, amounts, grid);
        if (cells == null) {
            return;
        }
        for (ColumnGrid.Column c : grid.columns()) {
            Map<String, BigDecimal> cell = new LinkedHashMap<>();
            if (cells.containsKey(c.key())) {
                cell.put(TOTAL, cells.get(c.key()));
            } else {
                warnings.add(n, WarningKind.ASSUMED, "no figure under the heading of " + c.key() + " (column at "
                        + Math.round(c.center()) + "): read as a blank cell");
            }
            rows.add(new ParsedRow(n, null, c.key(), null, label(c.key()), cell));
        }
    }

    private static String label(String item) {
        return switch (item) {
            case "total" -> "合计";
            case "outbound" -> "因公出国（境）费";
            case "reception" -> "公务接待费";
            case "vehicle" -> "公务用车购置及运行费 小计";
            case "vehiclePurchase" -> "公务用车购置费";
            case "vehicleOperation" -> "公务用车运行费";
            case "agencyOperation" -> "机关运行经费";
            default -> item;
        };
    }

    /** Places the amounts in columns; null (with a warning) when they do not fit the headings. */
    private Map<String, BigDecimal> cells(int n, List<Token> amounts, ColumnGrid grid) {
        Optional<List<ColumnGrid.Placement>> placed = grid.place(amounts);
        if (placed.isEmpty()) {
            warnings.add(n, WarningKind.SKIPPED, "row skipped: " + amounts.size() + " amounts for " + grid.columns().size() + " columns");
            return null;
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (ColumnGrid.Placement p : placed.get()) {
            if (p.distance() > MAX_DISTANCE) {
                warnings.add(n, WarningKind.SKIPPED, "amount " + p.token().text() + " at column " + p.token().start()
                        + " lies under no heading (nearest: " + p.column().key() + ")");
                continue;
            }
            cells.put(p.column().key(), AmountText.parse(p.token().text()).orElseThrow());
        }
        return cells;
    }
}
