package org.openbudget.seeds.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Shanghai sample (a unit-level 单位预算) turned, at test time, into the structural variants a real
 * department-level 部门预算 or another year's document prints: 编制部门 instead of 编制单位, 部门… titles, numbered
 * titles, 万元 with two decimals, a table continued over two pages with its header repeated, empty tables with a
 * note of another wording or with no note at all. Each change is made the way such a document prints it (text
 * moved, figures right-aligned where they stood), never by looking at what the parser does.
 */
final class SampleVariants {

    private static final Pattern AMOUNT = Pattern.compile("(?<=\\s|^)\\d{1,3}(?:,\\d{3})+(?=\\s|$)|(?<=\\s|^)\\d{4,}(?=\\s|$)");

    private final List<String> lines;

    SampleVariants(String text) {
        this.lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    String text() {
        return String.join("\n", lines);
    }

    /** 编制单位 → 编制部门, "2024年预算单位…表" → "2024年部门…表", "单位“三公”…表" → "2024年部门“三公”…表". */
    SampleVariants departmentLevel() {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replace("编制单位：", "编制部门：").replaceAll("(\\d{4})年预算单位", "$1年部门");
            if (l.strip().startsWith("单位“三公”") && l.strip().endsWith("表")) {
                l = l.replace("单位“三公”", "2024年部门“三公”");
            }
            lines.set(i, l);
        }
        return this;
    }

    /** Each table title (the line above its unit line) numbered as "表N" before the year. */
    SampleVariants numberedTitles() {
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("编制")) {
                n++;
                String title = lines.get(i - 1);
                int at = title.length() - title.stripLeading().length();
                lines.set(i - 1, title.substring(0, at) + "表" + n + "  " + title.substring(at));
            }
        }
        return this;
    }

    /** The 元 tables in 万元 with two decimals (rounded half up), each figure right-aligned where it stood. */
    SampleVariants tenThousands() {
        boolean inYuanTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("编制")) {
                inYuanTable = l.endsWith("单位：元");
                if (inYuanTable) {
                    lines.set(i, l.substring(0, l.length() - "单位：元".length()) + "单位：万元");
                }
                continue;
            }
            if (l.contains("其他相关情况说明")) {
                inYuanTable = false;
            }
            if (inYuanTable) {
                lines.set(i, convert(l));
            }
        }
        return this;
    }

    /** 元 figures printed without thousands separators ("9501164"), right-aligned where they stood. */
    SampleVariants withoutSeparators() {
        Pattern grouped = Pattern.compile("(?<=\\s|^)\\d{1,3}(?:,\\d{3})+(?=\\s|$)");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            StringBuilder out = new StringBuilder(l);
            Matcher m = grouped.matcher(l);
            while (m.find()) {
                String plain = m.group().replace(",", "");
                out.replace(m.start(), m.end(), " ".repeat(m.group().length() - plain.length()) + plain);
            }
            lines.set(i, out.toString());
        }
        return this;
    }

    static BigDecimal toTenThousands(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    private static String convert(String line) {
        StringBuilder out = new StringBuilder(line);
        Matcher m = AMOUNT.matcher(line);
        while (m.find()) {
            String wan = toTenThousands(new BigDecimal(m.group().replace(",", ""))).toPlainString();
            String padded = " ".repeat(m.group().length() - wan.length()) + wan;
            out.replace(m.start(), m.end(), padded);
        }
        return out.toString();
    }

    /**
     * The table titled {@code titleEnd} continued on a new page before its first row starting with {@code rowStart}:
     * a page number, the page break, optionally the title again, then the unit line and the heading lines again.
     */
    SampleVariants splitOverPages(String titleEnd, String rowStart, boolean titleAgain) {
        int title = title(titleEnd);
        int unit = title + 1;
        int first = find(unit + 1, l -> l.matches("^\\s*\\d{3}\\s.*"));
        int split = find(first + 1, l -> l.startsWith(rowStart));
        List<String> insert = new ArrayList<>();
        insert.add("");
        insert.add("                                        - 7 -");
        if (titleAgain) {
            insert.add("\f" + lines.get(title));
            insert.add(lines.get(unit));
        } else {
            insert.add("\f" + lines.get(unit));
        }
        insert.addAll(lines.subList(unit + 1, first));
        lines.addAll(split, insert);
        return this;
    }

    /** The table titled {@code titleEnd} printed empty: its 合计 line dropped, its note replaced by {@code note} (or dropped when null). */
    SampleVariants emptyTable(String titleEnd, String note) {
        int title = title(titleEnd);
        int total = find(title, l -> l.strip().equals("合计"));
        lines.remove(total);
        if (lines.get(total).strip().startsWith("注")) {
            if (note == null) {
                lines.remove(total);
            } else {
                lines.set(total, note);
            }
        }
        return this;
    }

    /**
     * In the coded tables (rows starting with 类/款/项 columns), names wider than {@code width} page columns wrapped in
     * their cell as pdftotext prints it: half on the line above the row, half on the line below, the row line keeping
     * the code and the amounts where they stood.
     */
    SampleVariants wrapNames(int width) {
        Pattern row = Pattern.compile("^(\\s*\\d{1,3}(?:\\s+\\d{1,2}){0,2}\\s+)(\\S+)(\\s+.*)$");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (!m.matches() || Texts.width(m.group(2)) <= width || m.group(2).matches("\\d.*")) {
                continue;
            }
            String name = m.group(2);
            int at = m.group(1).length();
            String half = name.substring(0, name.length() / 2);
            lines.set(i, m.group(1) + " ".repeat(name.length()) + m.group(3));
            lines.add(i, " ".repeat(at) + half);
            lines.add(i + 2, " ".repeat(at) + name.substring(name.length() / 2));
            i += 2;
        }
        return this;
    }

    /** The line of the table title ending with {@code titleEnd}: the one above a unit line (the 目录 lists it too). */
    private int title(String titleEnd) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).strip().endsWith(titleEnd) && lines.get(i + 1).replace("\f", "").startsWith("编制")) {
                return i;
            }
        }
        throw new IllegalStateException("the sample has changed: no table titled …" + titleEnd);
    }

    private int find(int from, Predicate<String> test) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i).replace("\f", ""))) {
                return i;
            }
        }
        throw new IllegalStateException("the sample has changed: no line after " + from + " fits");
    }
}
