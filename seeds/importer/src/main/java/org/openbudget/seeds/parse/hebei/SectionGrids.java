package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small grids of the explanatory sections (机构设置, the 绩效目标 tables, 固定资产占用情况) printed with spaces
 * instead of tab-separated cells: the grid's heading line is the ruler (its headings start where their columns
 * start), each line below it is cut into cells by where its words start, and the line is rewritten tab-separated,
 * one line for one, for the section readers that read the seed. A cell's words are at most one space apart; a
 * wider gap starts the next cell. Only lines after the nine tables are touched.
 */
final class SectionGrids {

    /** A heading line of one of the grids: its first heading. */
    private static final List<String> GRID_HEADINGS = List.of("单位名称", "一级指标", "项 目", "项目", "政府采购项目来源");
    /** Headings that must be in the line too, so that a sentence starting with 项目 is not taken for one. */
    private static final List<String> SECOND_HEADINGS = List.of("单位性质", "二级指标", "数量");
    private static final int SAME_COLUMN = 3;
    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern GOAL = Pattern.compile("^(绩效目标)\\s{2,}(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）]).*");

    private record Cell(int start, String text) {
    }

    private SectionGrids() {
    }

    static SourceText tabulate(SourceText text, int from) {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            out.add(text.line(n));
        }
        int[] anchors = null;
        boolean assets = false;
        for (int n = Math.max(1, from); n <= text.size(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            if (raw.indexOf('\t') >= 0) {
                anchors = null;
                continue;
            }
            Matcher goal = GOAL.matcher(line);
            if (goal.matches()) {
                out.set(n - 1, goal.group(1) + "\t" + goal.group(2));
                continue;
            }
            List<Cell> cells = cells(raw);
            if (heading(cells)) {
                anchors = cells.stream().mapToInt(Cell::start).toArray();
                assets = cells.stream().anyMatch(c -> c.text().equals("数量"));
                out.set(n - 1, String.join("\t", cells.stream().map(Cell::text).toList()));
                continue;
            }
            if (anchors == null) {
                continue;
            }
            if (!cells.isEmpty() && cells.get(0).text().equals("项目名称") && cells.size() >= 2) {
                // the procurement grid's second heading line: its headings add the columns under the first line's groups
                anchors = merge(anchors, cells.stream().mapToInt(Cell::start).toArray());
                out.set(n - 1, String.join("\t", cells.stream().map(Cell::text).toList()));
                continue;
            }
            boolean row = cells.size() >= 2 || assets && cells.size() == 1 && !SECTION.matcher(line).matches() && !line.endsWith("表");
            if (line.isEmpty() || !row) {
                anchors = null;
                continue;
            }
            out.set(n - 1, row(cells, anchors));
        }
        return text.withLines(out);
    }

    /** Column starts of two heading lines, one column where two start within {@link #SAME_COLUMN} of each other. */
    private static int[] merge(int[] first, int[] second) {
        List<Integer> all = new ArrayList<>();
        for (int a : first) {
            all.add(a);
        }
        for (int b : second) {
            if (all.stream().noneMatch(a -> Math.abs(a - b) <= SAME_COLUMN)) {
                all.add(b);
            }
        }
        return all.stream().sorted().mapToInt(Integer::intValue).toArray();
    }

    private static boolean heading(List<Cell> cells) {
        return cells.size() >= 3 && GRID_HEADINGS.contains(cells.get(0).text())
                && cells.stream().anyMatch(c -> SECOND_HEADINGS.contains(c.text()));
    }

    /** Each cell into the column whose heading starts nearest to it, left to right. */
    private static String row(List<Cell> cells, int[] anchors) {
        String[] out = new String[anchors.length];
        int column = 0;
        for (Cell c : cells) {
            int best = column;
            for (int k = column; k < anchors.length; k++) {
                if (Math.abs(anchors[k] - c.start()) < Math.abs(anchors[best] - c.start())) {
                    best = k;
                }
            }
            out[best] = out[best] == null ? c.text() : out[best] + " " + c.text();
            column = Math.min(best + 1, anchors.length - 1);
        }
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < out.length; k++) {
            if (k > 0) {
                s.append('\t');
            }
            s.append(out[k] == null ? "" : out[k]);
        }
        return s.toString();
    }

    private static List<Cell> cells(String raw) {
        List<Cell> out = new ArrayList<>();
        Matcher m = CELL.matcher(raw);
        while (m.find()) {
            out.add(new Cell(m.start(), m.group()));
        }
        return out;
    }
}
