package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.AssetTable;
import org.openbudget.seeds.parse.model.GlossaryItem;
import org.openbudget.seeds.parse.model.OrgUnitRow;
import org.openbudget.seeds.parse.model.ProcurementTable;
import org.openbudget.seeds.parse.model.Profile;
import org.openbudget.seeds.parse.narrative.Paragraph;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running text of the Shanghai layout. pdftotext wraps lines at the page width: a line that starts
 * in the first column continues the paragraph above it, an indented line starts a new one.
 */
final class ShanghaiNarrative {

    private static final Pattern DUTY = Pattern.compile("^\\d+\\s*[.、．]\\s*(.+)$");
    private static final Pattern GLOSSARY = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]\\s*([^：:]{1,40})[：:]\\s*(.+)$");
    private static final Pattern SUBSECTION = Pattern.compile("^([一二三四五六七八九])、(.+)$");
    private static final Pattern PROCUREMENT = Pattern.compile("政府采购预算\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元");
    private static final Pattern AS_OF = Pattern.compile("截至\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern VEHICLES = Pattern.compile("共有车辆\\s*(\\d+)\\s*辆");

    private final SourceText text;
    private final Warnings warnings;

    ShanghaiNarrative(SourceText text, Warnings warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    /** Paragraphs of lines {@code from} … {@code end - 1}, wrapped lines joined. */
    List<Paragraph> paragraphs(int from, int end) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        boolean blankBefore = true;
        for (int n = from; n < end; n++) {
            String line = text.line(n);
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            boolean continuation = current != null && !blankBefore && !Character.isWhitespace(line.charAt(0));
            if (continuation) {
                current.append(line.strip());
            } else {
                if (current != null) {
                    out.add(new Paragraph(start, current.toString()));
                }
                current = new StringBuilder(line.strip());
                start = n;
            }
            blankBefore = false;
        }
        if (current != null) {
            out.add(new Paragraph(start, current.toString()));
        }
        return out;
    }

    /** 主要职能: numbered duties; the unit's nature from the introduction ("…的事业单位"). */
    Profile profile(String departmentName, int dutiesFrom, int dutiesEnd, int organizationFrom, int organizationEnd,
                    int glossaryFrom, int glossaryEnd) {
        List<String> duties = new ArrayList<>();
        String nature = null;
        int natureLine = 0;
        for (Paragraph p : paragraphs(dutiesFrom, dutiesEnd)) {
            Matcher m = DUTY.matcher(p.text());
            if (m.matches()) {
                duties.add(m.group(1).strip());
                continue;
            }
            if (nature == null && p.text().contains("事业单位")) {
                nature = "事业";
                natureLine = p.line();
            } else if (nature == null && p.text().contains("行政单位")) {
                nature = "行政";
                natureLine = p.line();
            }
            if (!p.text().matches(".*包括[：:]$")) {
                warnings.add(p.line(), WarningKind.NOT_LOADED, "introduction of 主要职能 not loaded (budget-service keeps the "
                        + "duties as a numbered list): \"" + abbreviate(p.text()) + "\"");
            }
        }
        List<OrgUnitRow> units = new ArrayList<>();
        if (departmentName != null && nature != null) {
            warnings.add(natureLine, WarningKind.ASSUMED, "the document is the budget of one unit: unit " + departmentName
                    + " with 单位性质 " + nature + " from the introduction (no 机构设置 table is printed)");
            units.add(new OrgUnitRow(natureLine, departmentName, nature, null, null));
        }
        List<String> organization = paragraphs(organizationFrom, organizationEnd).stream().map(Paragraph::text).toList();
        List<GlossaryItem> glossary = new ArrayList<>();
        for (Paragraph p : paragraphs(glossaryFrom, glossaryEnd)) {
            Matcher m = GLOSSARY.matcher(p.text());
            if (m.matches()) {
                glossary.add(new GlossaryItem(p.line(), m.group(1).strip(), m.group(2).strip()));
            } else {
                warnings.add(p.line(), WarningKind.SKIPPED, "名词解释 paragraph without a numbered term skipped: \""
                        + abbreviate(p.text()) + "\"");
            }
        }
        return new Profile(duties, units, organization.isEmpty() ? null : String.join("\n", organization), glossary, null);
    }

    /** The parts of 其他相关情况说明, by their numbered headings. */
    record Other(List<Paragraph> threePublic, ProcurementTable procurement, AssetTable assets) {
    }

    Other other(int from, int end) {
        List<Paragraph> threePublic = new ArrayList<>();
        ProcurementTable procurement = null;
        AssetTable assets = null;
        String part = null;
        for (Paragraph p : paragraphs(from, end)) {
            Matcher h = SUBSECTION.matcher(p.text());
            if (h.matches() && p.text().length() < 40) {
                String title = h.group(2);
                part = title.contains("三公") ? "threePublic" : title.contains("机关运行经费") ? "agencyOperation"
                        : title.contains("政府采购") ? "procurement" : title.contains("绩效") ? "performance"
                        : title.contains("资产") ? "assets" : "other";
                if (title.contains("（增加内容）") || title.contains("(增加内容)")) {
                    warnings.add(p.line(), WarningKind.NOT_LOADED, "heading \"" + p.text() + "\" carries a template instruction");
                }
                continue;
            }
            switch (part == null ? "other" : part) {
                case "threePublic" -> threePublic.add(p);
                case "procurement" -> {
                    Matcher m = PROCUREMENT.matcher(p.text());
                    if (m.find()) {
                        procurement = new ProcurementTable(p.line(), "万元", List.of(), null, new BigDecimal(m.group(1).replace(",", "")));
                        warnings.add(p.line(), WarningKind.NOT_LOADED, "政府采购预算 is stated only as totals (\"" + abbreviate(p.text())
                                + "\"): no procurement table is printed, nothing to load line by line");
                    } else {
                        warnings.add(p.line(), WarningKind.SKIPPED, "政府采购 sentence not read: \"" + abbreviate(p.text()) + "\"");
                    }
                }
                case "assets" -> assets = assets(p, assets);
                case "performance" -> warnings.add(p.line(), WarningKind.NOT_LOADED, "绩效目标 are stated only as a count and an "
                        + "amount (\"" + abbreviate(p.text()) + "\"): no target tables are printed");
                case "agencyOperation" -> warnings.add(p.line(), WarningKind.NOT_LOADED, "机关运行经费 sentence is computed by the "
                        + "document generator: \"" + abbreviate(p.text()) + "\"");
                default -> warnings.add(p.line(), WarningKind.SKIPPED, "paragraph of 其他相关情况说明 not read: \""
                        + abbreviate(p.text()) + "\"");
            }
        }
        return new Other(threePublic, procurement, assets);
    }

    /** "截至2023年12月31日，…共有车辆2辆": the vehicle count of the holdings; the rest is not a table row. */
    private AssetTable assets(Paragraph p, AssetTable sofar) {
        Matcher date = AS_OF.matcher(p.text());
        Matcher vehicles = VEHICLES.matcher(p.text());
        if (sofar == null && date.find() && vehicles.find()) {
            LocalDate asOf = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
            warnings.add(p.line(), WarningKind.ASSUMED, "holdings as of " + asOf + " read from a sentence: 车辆 " + vehicles.group(1)
                    + " (no value printed); the other rows of the 固定资产占用情况表 are not printed and stay blank");
            warnings.add(p.line(), WarningKind.NOT_LOADED, "vehicles by use and 单价100万元以上设备 are not rows of the 固定资产占用情况表");
            return new AssetTable(p.line(), asOf, "元", List.of(new AssetTable.AssetRow(p.line(), "vehicles", "车辆",
                    new BigDecimal(vehicles.group(1)), null)), "text");
        }
        warnings.add(p.line(), WarningKind.NOT_LOADED, "国有资产 sentence not loaded: \"" + abbreviate(p.text()) + "\"");
        return sofar;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
