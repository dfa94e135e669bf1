package org.openbudget.seeds.parse;

import org.openbudget.seeds.parse.shanghai.UnitLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the layout family from the structure every budget disclosure of that family carries, not from
 * its wording (#14): tab-separated cells under a 栏次 row (Hebei), or space-aligned columns under a unit line
 * with classification-code rows (Shanghai, 部门 or 单位 level, any year). It refuses when the signs are missing
 * or point both ways: loading a document read with the wrong layout would store wrong figures without a single
 * warning, and a text that is not a budget disclosure must be told so.
 */
public final class LayoutDetector {

    private static final Pattern HEBEI_COLUMN_ROW = Pattern.compile("^(栏次|档次)\t.*");
    /** The 栏次 row of the same family printed with spaces (a PDF's, an XLSX's or an HTML page's text). */
    private static final Pattern SPACED_COLUMN_ROW = Pattern.compile("^\\s*(栏次|档次)(\\s+\\d{1,2})+\\s*$");
    private static final Pattern HEBEI_UNIT = Pattern.compile("^单位[：:]\\s*万元$");
    /** "434 高邑县政府办   预算年度：2022   单位：万元" on one line. */
    private static final Pattern META_LINE = Pattern.compile("^\\S.*\\s预算年度[：:]\\s*\\d{4}\\s+单位[：:]\\s*(万元|元)$");
    private static final Pattern HEBEI_DEPT_LINE = Pattern.compile("^\\d{1,20}\\s+\\S.*$");
    private static final Pattern CODE_COLUMNS = Pattern.compile("^类\\s+款(\\s+项)?$");
    /** A functional or economic code row with an amount: "208   05   02   事业单位离退休   538,440" or "2080502 … 53.84". */
    private static final Pattern CODE_ROW = Pattern.compile(
            "^(?:\\d{3}(?:\\s+\\d{1,2}){0,2}|\\d{5}|\\d{7})\\s+\\D\\S*.*\\s(?:\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d{1,2}|\\d{4,})$");
    /** Column headings only the nine tables print. */
    private static final List<String> TABLE_HEADINGS = List.of("基本支出", "项目支出", "人员经费", "公用经费", "因公出国", "公务接待",
            "财政拨款收入", "一般公共预算", "政府性基金");

    private LayoutDetector() {
    }

    public static Layout detect(SourceText text) {
        List<String> hebei = new ArrayList<>();
        List<String> shanghai = new ArrayList<>();
        boolean columnRow = false;
        boolean tabs = false;
        boolean unit = false;
        boolean deptLine = false;
        boolean metaLine = false;
        int unitLines = 0;
        boolean codeColumns = false;
        int codeRows = 0;
        int headings = 0;
        for (int n = 1; n <= text.size(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            // cheap tests first: most lines are running text (the parse time goal is < 50 ms a document)
            boolean digit = !line.isEmpty() && Character.isDigit(line.charAt(0));
            if (line.startsWith("栏次") || line.startsWith("档次")) {
                columnRow |= HEBEI_COLUMN_ROW.matcher(raw).matches() || SPACED_COLUMN_ROW.matcher(raw).matches();
            }
            boolean unitWord = line.contains("单位");
            metaLine |= unitWord && line.contains("预算年度") && META_LINE.matcher(line).matches();
            boolean tab = raw.indexOf('\t') >= 0;
            tabs |= tab;
            unit |= unitWord && HEBEI_UNIT.matcher(line).matches();
            deptLine |= digit && !tab && HEBEI_DEPT_LINE.matcher(line).matches();
            if (!tab) {
                UnitLine u = unitWord ? UnitLine.of(line) : null;
                unitLines += u != null && u.label() != null ? 1 : 0; // "单位：万元" alone is the Hebei header's too
                codeColumns |= line.startsWith("类") && CODE_COLUMNS.matcher(line).matches();
                codeRows += digit && CODE_ROW.matcher(line).matches() ? 1 : 0;
                headings += line.length() < 200 && TABLE_HEADINGS.stream().anyMatch(line::contains) ? 1 : 0;
            }
        }
        if (columnRow) {
            hebei.add("a 栏次 row numbering the columns");
        }
        if (tabs && unit || metaLine) {
            hebei.add("预算年度 and 单位：万元 header lines");
        }
        if (deptLine && columnRow) {
            hebei.add("department code and name header lines");
        }
        if (unitLines >= 1) {
            shanghai.add(unitLines + " unit lines (编制单位/编制部门：… 单位：元/万元)");
        }
        if (codeColumns) {
            shanghai.add("类 款 项 code columns");
        }
        if (codeRows >= 1) {
            shanghai.add(codeRows + " rows of classification codes with amounts");
        }
        if (headings >= 3 && !shanghai.isEmpty()) {
            shanghai.add("column headings of the nine tables (基本支出, 人员经费, 因公出国 …)");
        }
        if (hebei.size() >= 2 && shanghai.isEmpty()) {
            return Layout.HEBEI;
        }
        if (shanghai.size() >= 2 && hebei.isEmpty()) {
            return Layout.SHANGHAI;
        }
        String found = hebei.isEmpty() && shanghai.isEmpty() ? "none of them"
                : "Hebei signs " + hebei + ", Shanghai signs " + shanghai;
        throw new UnknownLayoutException("cannot tell the layout of " + text.name() + (hebei.isEmpty() || shanghai.isEmpty()
                ? ", not a budget disclosure (部门/单位预算) the loader can read" : ", signs of two layouts") + ": found " + found
                + (tabs ? ", tab characters present" : ", no tab characters") + ". Looked for the tables of a budget "
                + "disclosure: either cells under a 栏次 row numbering the columns, with 预算年度, 单位：万元 and department "
                + "header lines "
                + "(Hebei family), or space-aligned columns under unit lines (编制单位/编制部门：… 单位：元 or 万元) with "
                + "类/款/项 code columns or code rows with amounts (Shanghai family); two signs of one family and none of "
                + "the other are needed");
    }
}
