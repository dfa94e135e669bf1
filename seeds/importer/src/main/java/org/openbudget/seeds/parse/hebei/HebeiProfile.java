package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.GlossaryItem;
import org.openbudget.seeds.parse.model.OrgUnitRow;
import org.openbudget.seeds.parse.model.Profile;
import org.openbudget.seeds.parse.narrative.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sections 一 (部门职责, 机构设置), 八 (名词解释) and 九 (其他需要说明的事项) of the Hebei layout. */
final class HebeiProfile {

    private static final Pattern DUTY = Pattern.compile("^[（(]([一二三四五六七八九十百]+)[)）]\\s*(.+)$");
    private static final Pattern GLOSSARY_BOLD = Pattern.compile("^\\d+\\s*[、.．]\\s*\\*\\*(.+?)\\*\\*\\s*[：:]\\s*(.+)$");
    private static final Pattern GLOSSARY = Pattern.compile("^\\d+\\s*[、.．]\\s*([^：:]{1,40})[：:]\\s*(.+)$");

    private final SourceText text;
    private final Warnings warnings;

    HebeiProfile(SourceText text, Warnings warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    Profile read(HebeiSections sections) {
        List<String> duties = new ArrayList<>();
        List<Integer> dutyLines = new ArrayList<>();
        List<OrgUnitRow> units = new ArrayList<>();
        List<String> organization = new ArrayList<>();
        String part = null;
        for (Paragraph p : sections.paragraphs(1)) {
            String line = p.text();
            if (line.startsWith("部门职责")) {
                part = "duties";
                continue;
            }
            if (line.startsWith("机构设置")) {
                part = "organization";
                continue;
            }
            if ("duties".equals(part)) {
                Matcher m = DUTY.matcher(line);
                if (m.matches()) {
                    duties.add(m.group(2).strip());
                    dutyLines.add(p.line());
                } else if (!duties.isEmpty()) {
                    int last = duties.size() - 1;
                    warnings.add(p.line(), WarningKind.HEALED, "paragraph without numbering joined to duty " + (last + 1)
                            + " of line " + dutyLines.get(last) + " (a duty continued on a new line)");
                    duties.set(last, duties.get(last) + line);
                } else if (Texts.statesAbsence(line)) {
                    warnings.add(p.line(), WarningKind.NOT_LOADED, "部门职责 states there is nothing to read: \""
                            + HebeiTables.abbreviate(line) + "\"");
                } else {
                    warnings.add(p.line(), WarningKind.SKIPPED, "text before the first numbered duty skipped: \""
                            + HebeiTables.abbreviate(line) + "\"");
                }
            } else if ("organization".equals(part)) {
                String raw = text.line(p.line());
                if (raw.indexOf('\t') >= 0) {
                    String[] cells = raw.split("\t", -1);
                    if (cells[0].strip().equals("单位名称")) {
                        continue;
                    }
                    units.add(new OrgUnitRow(p.line(), cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3)));
                } else if (!Texts.squeeze(line).equals("部门机构设置情况")) {
                    organization.add(line);
                }
            } else {
                warnings.add(p.line(), WarningKind.SKIPPED, "text of section 一 outside 部门职责 and 机构设置 skipped: \""
                        + HebeiTables.abbreviate(line) + "\"");
            }
        }
        return new Profile(duties, units, organization.isEmpty() ? null : String.join("\n", organization),
                glossary(sections.paragraphs(8)), otherMatters(sections.paragraphs(9)));
    }

    private List<GlossaryItem> glossary(List<Paragraph> paragraphs) {
        List<GlossaryItem> items = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Matcher m = GLOSSARY_BOLD.matcher(p.text());
            if (!m.matches()) {
                m = GLOSSARY.matcher(p.text());
            }
            if (m.matches()) {
                items.add(new GlossaryItem(p.line(), m.group(1).strip(), m.group(2).strip()));
            } else if (!items.isEmpty()) {
                GlossaryItem last = items.remove(items.size() - 1);
                warnings.add(p.line(), WarningKind.HEALED, "paragraph joined to the explanation of " + last.term()
                        + " (line " + last.line() + ")");
                items.add(new GlossaryItem(last.line(), last.term(), last.definition() + p.text()));
            } else if (Texts.statesAbsence(p.text())) {
                warnings.add(p.line(), WarningKind.NOT_LOADED, "名词解释 states there is nothing to read: \""
                        + HebeiTables.abbreviate(p.text()) + "\"");
            } else {
                warnings.add(p.line(), WarningKind.SKIPPED, "名词解释 paragraph without a numbered term skipped: \""
                        + HebeiTables.abbreviate(p.text()) + "\"");
            }
        }
        return items;
    }

    private static String otherMatters(List<Paragraph> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
    }

    private static String cell(String[] cells, int i) {
        String s = i < cells.length ? cells[i].strip() : "";
        return s.isEmpty() ? null : s;
    }
}
