package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.Performance;
import org.openbudget.seeds.parse.model.Performance.GoalPair;
import org.openbudget.seeds.parse.model.Performance.IndicatorRow;
import org.openbudget.seeds.parse.model.Performance.ProjectTable;
import org.openbudget.seeds.parse.model.Performance.SpecialFunds;
import org.openbudget.seeds.parse.model.Performance.SubGoal;
import org.openbudget.seeds.parse.narrative.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 五 预算绩效信息 of the Hebei layout: 第一部分 部门整体绩效目标 ((一) 总体, (二) 分项, (三) 工作保障措施),
 * 第二部分 专项资金绩效目标, 第三部分 预算项目绩效目标 with one tab-separated target table per project.
 */
final class HebeiPerformance {

    private static final Pattern SUB_GOAL = Pattern.compile("^[（(]\\d+[)）]\\s*(.+)$");
    private static final Pattern PROJECT = Pattern.compile("^\\d+\\s*[、.．]\\s*(.+?)绩效目标表$");
    /** The platform's sentence above the project tables: "2022年项目支出58万元，编制预算项目绩效目标表4个。" */
    private static final Pattern PROJECT_COUNT = Pattern.compile("^\\d{4}年项目支出.*绩效目标表\\s*\\d+\\s*个。?$");
    private static final Pattern NO_SPECIAL_FUNDS = Pattern.compile(".*(未安排专项资金|无专项资金).*");

    private final SourceText text;
    private final Warnings warnings;

    HebeiPerformance(SourceText text, Warnings warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    Performance read(HebeiSections sections) {
        HebeiSections.Section section = sections.section(5);
        if (section == null) {
            return null;
        }
        String part = null;
        List<String> overall = new ArrayList<>();
        List<SubGoal> subGoals = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        List<String> special = new ArrayList<>();
        int specialLine = 0;
        List<ProjectTable> projects = new ArrayList<>();
        ProjectBuilder project = null;
        String pendingGoal = null;
        int pendingLine = 0;
        for (int n = section.line() + 1; n < section.end(); n++) {
            String raw = text.line(n);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("第一部分")) {
                part = "first";
                continue;
            }
            if (line.startsWith("第二部分")) {
                part = "special";
                specialLine = n;
                continue;
            }
            if (line.startsWith("第三部分")) {
                part = "projects";
                continue;
            }
            if (line.matches("^[（(]一[)）].*绩效目标.*")) {
                part = "overall";
                continue;
            }
            if (line.matches("^[（(]二[)）].*绩效目标.*")) {
                part = "subGoals";
                continue;
            }
            if (line.matches("^[（(]三[)）].*(保障|措施).*")) {
                part = "safeguards";
                continue;
            }
            switch (part == null ? "" : part) {
                case "overall" -> overall.add(line);
                case "subGoals" -> {
                    Matcher m = SUB_GOAL.matcher(line);
                    if (m.matches()) {
                        subGoals.add(new SubGoal(n, m.group(1).strip(), new ArrayList<>()));
                    } else if (line.startsWith("绩效目标：") || line.startsWith("绩效目标:")) {
                        if (pendingGoal != null) {
                            warnings.add(pendingLine, WarningKind.SKIPPED, "绩效目标 without a 绩效指标 skipped");
                        }
                        pendingGoal = line.substring(5).strip();
                        pendingLine = n;
                    } else if ((line.startsWith("绩效指标：") || line.startsWith("绩效指标:")) && pendingGoal != null
                            && !subGoals.isEmpty()) {
                        subGoals.get(subGoals.size() - 1).entries().add(new GoalPair(pendingLine, pendingGoal, line.substring(5).strip()));
                        pendingGoal = null;
                    } else {
                        warnings.add(n, WarningKind.SKIPPED, "分项绩效目标 line not read: \"" + HebeiTables.abbreviate(line) + "\"");
                    }
                }
                case "safeguards" -> safeguards.add(line);
                case "special" -> special.add(line);
                case "projects" -> {
                    Matcher m = PROJECT.matcher(line);
                    if (m.matches() && raw.indexOf('\t') < 0) {
                        if (project != null) {
                            projects.add(project.build());
                        }
                        project = new ProjectBuilder(n, m.group(1).strip());
                    } else if (project != null && raw.indexOf('\t') >= 0) {
                        project.row(n, raw.split("\t", -1));
                    } else if (project == null && PROJECT_COUNT.matcher(line).matches()) {
                        warnings.add(n, WarningKind.NOT_LOADED, "\"" + HebeiTables.abbreviate(line) + "\": counted from the "
                                + "project tables below by the document generator");
                    } else {
                        warnings.add(n, WarningKind.SKIPPED, "line of 预算项目绩效目标 not read: \"" + HebeiTables.abbreviate(line) + "\"");
                    }
                }
                default -> warnings.add(n, Texts.statesAbsence(line) ? WarningKind.NOT_LOADED : WarningKind.SKIPPED,
                        (Texts.statesAbsence(line) ? "section 五 states there is nothing to read: \"" : "line of section 五 outside its "
                                + "known parts skipped: \"") + HebeiTables.abbreviate(line) + "\"");
            }
        }
        if (pendingGoal != null) {
            warnings.add(pendingLine, WarningKind.SKIPPED, "绩效目标 without a 绩效指标 skipped");
        }
        if (project != null) {
            projects.add(project.build());
        }
        SpecialFunds specialFunds = null;
        if (!special.isEmpty()) {
            String statement = String.join("\n", special);
            boolean none = NO_SPECIAL_FUNDS.matcher(statement).matches();
            if (!none) {
                warnings.add(specialLine, WarningKind.NOT_LOADED, "专项资金绩效目标 other than \"none\" are not read from the text; "
                        + "only the statement is kept");
            }
            specialFunds = new SpecialFunds(specialLine, none, statement);
        }
        return new Performance(section.line(), overall.isEmpty() ? null : String.join("\n", overall), subGoals,
                safeguards, specialFunds, projects);
    }

    /** One project target table; a blank 一级/二级 cell is the merged cell above it. */
    private final class ProjectBuilder {
        final int line;
        final String name;
        String goal;
        final List<IndicatorRow> rows = new ArrayList<>();
        int headers;
        int lastHeaderLine;
        boolean headerSinceLastRow;

        ProjectBuilder(int line, String name) {
            this.line = line;
            this.name = name;
        }

        void row(int n, String[] cells) {
            String first = cell(cells, 0);
            if (first.equals("绩效目标")) {
                goal = cell(cells, 1);
                for (int i = 2; i < cells.length; i++) {
                    if (!cells[i].isBlank()) {
                        warnings.add(n, WarningKind.SKIPPED, "cell \"" + cells[i].strip() + "\" after the 绩效目标 text skipped");
                    }
                }
                return;
            }
            if (first.equals("一级指标")) {
                headers++;
                lastHeaderLine = n;
                headerSinceLastRow = !rows.isEmpty();
                return;
            }
            String level1 = first;
            String level2 = cell(cells, 1);
            IndicatorRow previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (level1.isEmpty()) {
                if (previous == null) {
                    warnings.add(n, WarningKind.SKIPPED, "indicator row without 一级指标 and no row above it: skipped");
                    return;
                }
                level1 = previous.level1();
                if (headerSinceLastRow) {
                    warnings.add(n, WarningKind.HEALED, "blank 一级指标 after the repeated header of line " + lastHeaderLine
                            + ": read as \"" + level1 + "\", the merged cell of line " + previous.line());
                }
            }
            if (level2.isEmpty() && previous != null) {
                level2 = previous.level2();
                warnings.add(n, WarningKind.HEALED, "blank 二级指标 read as \"" + level2 + "\" of line " + previous.line());
            }
            for (int i = 6; i < cells.length; i++) {
                if (!cells[i].isBlank()) {
                    warnings.add(n, WarningKind.SKIPPED, "cell \"" + cells[i].strip() + "\" beyond the 6 columns skipped");
                }
            }
            String basis = cell(cells, 5);
            rows.add(new IndicatorRow(n, level1, level2, cell(cells, 2), cell(cells, 3), cell(cells, 4),
                    basis.isEmpty() ? null : basis));
            headerSinceLastRow = false;
        }

        ProjectTable build() {
            if (goal == null) {
                warnings.add(line, WarningKind.SKIPPED, "project table " + name + " prints no 绩效目标");
            }
            return new ProjectTable(line, name, goal, rows);
        }
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i].strip() : "";
    }
}
