package org.openbudget.seeds.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the layout from signs every document of that layout carries, and refuses when the signs
 * are missing or point both ways: loading a document read with the wrong layout would store wrong
 * figures without a single warning.
 */
public final class LayoutDetector {

    private static final Pattern HEBEI_COLUMN_ROW = Pattern.compile("^(栏次|档次)\t.*");
    private static final Pattern HEBEI_UNIT = Pattern.compile("^单位[：:]\\s*万元$");
    private static final Pattern HEBEI_DEPT_LINE = Pattern.compile("^[0-9A-Za-z]{1,20} \\S.*$");
    private static final Pattern SHANGHAI_PREPARER = Pattern.compile("^编制单位[：:].+单位[：:]\\s*(元|万元)$");
    private static final Pattern SHANGHAI_CODE_COLUMNS = Pattern.compile("^类\\s+款(\\s+项)?$");

    private LayoutDetector() {
    }

    public static Layout detect(SourceText text) {
        List<String> hebei = new ArrayList<>();
        List<String> shanghai = new ArrayList<>();
        boolean columnRow = false;
        boolean tabs = false;
        boolean unit = false;
        boolean deptLine = false;
        boolean preparer = false;
        boolean codeColumns = false;
        for (int n = 1; n <= text.size(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            columnRow |= HEBEI_COLUMN_ROW.matcher(raw).matches();
            tabs |= raw.indexOf('\t') >= 0;
            unit |= HEBEI_UNIT.matcher(line).matches();
            deptLine |= HEBEI_DEPT_LINE.matcher(line).matches() && line.matches("^\\d+ .*");
            preparer |= SHANGHAI_PREPARER.matcher(line).matches();
            codeColumns |= SHANGHAI_CODE_COLUMNS.matcher(line).matches();
        }
        if (columnRow) {
            hebei.add("a tab-separated 栏次 row");
        }
        if (tabs && unit) {
            hebei.add("单位：万元 header lines with tab-separated cells");
        }
        if (deptLine && columnRow) {
            hebei.add("department code and name header lines");
        }
        if (preparer) {
            shanghai.add("编制单位：… 单位：元 header lines");
        }
        if (codeColumns) {
            shanghai.add("类 款 项 code columns");
        }
        if (hebei.size() >= 2 && shanghai.isEmpty()) {
            return Layout.HEBEI;
        }
        if (shanghai.size() >= 2 && hebei.isEmpty() && !tabs) {
            return Layout.SHANGHAI;
        }
        throw new UnknownLayoutException("cannot tell the layout of " + text.name() + ": Hebei signs " + hebei
                + ", Shanghai signs " + shanghai + (tabs ? ", tab characters present" : ", no tab characters")
                + " (known layouts: Hebei tab-separated 万元 tables with 栏次 rows; Shanghai pdftotext -layout "
                + "tables with 编制单位 lines and 类/款/项 columns)");
    }
}
