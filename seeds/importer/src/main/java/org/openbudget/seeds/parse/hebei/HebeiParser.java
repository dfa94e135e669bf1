package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.CurrentAmounts;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentDates;
import org.openbudget.seeds.parse.DocumentLevel;
import org.openbudget.seeds.parse.Layout;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableKind;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.YearOverYear;
import org.openbudget.seeds.parse.narrative.Paragraph;
import org.openbudget.seeds.parse.narrative.YearOverYearReader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Hebei layout (the seed): nine tab-separated tables, then the explanatory sections 一 … 九. */
public final class HebeiParser {

    private HebeiParser() {
    }

    public static DisclosureDocument parse(SourceText printed) {
        boolean spaced = SpacedColumns.applies(printed);
        SourceText text = spaced ? SpacedColumns.tabulate(printed) : printed;
        Warnings warnings = new Warnings();
        List<int[]> titles = new ArrayList<>();
        for (Map.Entry<Integer, TableKind> title : HebeiTitles.find(text).entrySet()) {
            int n = title.getKey();
            Optional<TableKind> kind = Optional.of(title.getValue());
            if (kind.isPresent()) {
                titles.add(new int[]{n, kind.get().ordinal()});
                if (text.trimmed(n).contains("政府基金") && !text.trimmed(n).contains("政府性基金")) {
                    warnings.add(n, WarningKind.HEALED, "title \"" + text.trimmed(n) + "\" (without 性) read as table 7, "
                            + "政府性基金预算财政拨款支出表");
                }
            }
        }
        int lastTitle = titles.isEmpty() ? 1 : titles.get(titles.size() - 1)[0];
        int narrative = text.find(lastTitle + 1, s -> s.endsWith("情况说明") || s.matches("^一、\\S.*") && !s.contains("\t"));
        if (narrative < 0) {
            narrative = text.size() + 1;
        }
        if (spaced) {
            text = WrappedParagraphs.join(SectionGrids.tabulate(text, narrative), narrative);
        }
        HebeiTables.Header header = new HebeiTables.Header();
        HebeiTables reader = new HebeiTables(text, warnings, header);
        Map<TableKind, ParsedTable> tables = new EnumMap<>(TableKind.class);
        for (int i = 0; i < titles.size(); i++) {
            int line = titles.get(i)[0];
            TableKind kind = TableKind.values()[titles.get(i)[1]];
            int end = i + 1 < titles.size() ? titles.get(i + 1)[0] : narrative;
            if (tables.containsKey(kind)) {
                warnings.add(line, WarningKind.SKIPPED, "table " + kind.number() + " printed a second time: skipped");
                continue;
            }
            ParsedTable table = reader.read(kind, line, end);
            if (table != null) {
                tables.put(kind, table);
            }
        }
        for (TableKind kind : TableKind.values()) {
            if (!tables.containsKey(kind)) {
                warnings.add(0, WarningKind.SKIPPED, "table " + kind.number() + " (" + kind.id() + ") not found");
            }
        }
        HebeiSections sections = new HebeiSections(text, narrative);
        for (int number = 1; number <= 9; number++) {
            if (sections.section(number) == null) {
                warnings.add(0, WarningKind.SKIPPED, "explanatory section " + number + " not found");
            }
        }
        var profile = new HebeiProfile(text, warnings).read(sections);
        var performance = new HebeiPerformance(text, warnings).read(sections);
        var procurement = new HebeiProcurement(text, warnings).read(sections, header.departmentCode);
        var assets = new HebeiAssets(text, warnings).read(sections, header.departmentCode);

        List<ParsedTable> ordered = List.copyOf(tables.values());
        YearOverYearReader yoy = new YearOverYearReader(warnings, CurrentAmounts.of(ordered, "万元"), "万元");
        List<Paragraph> statements = new ArrayList<>(sections.paragraphs(2));
        statements.addAll(sections.paragraphs(4));
        List<YearOverYear> yearOverYear = yoy.read(statements);
        notLoaded(sections, warnings);

        DocumentLevel level = tables.containsKey(TableKind.SUMMARY)
                ? DocumentLevel.named(tables.get(TableKind.SUMMARY).title()).orElse(null) : null;
        DocumentDates.Dates dates = DocumentDates.of(text);
        return new DisclosureDocument(text.name(), Layout.HEBEI, header.unit, header.departmentCode, header.departmentName,
                header.year, ordered, profile, performance, assets, procurement, yearOverYear, warnings.list(), level,
                dates.publishedOn(), dates.approvedOn());
    }

    /** The computed sections: their sentences are written again by the generator from the data. */
    private static void notLoaded(HebeiSections sections, Warnings warnings) {
        for (int number : new int[]{2, 3, 4}) {
            HebeiSections.Section s = sections.section(number);
            if (s != null) {
                warnings.add(s.line(), WarningKind.NOT_LOADED, "section " + s.title() + ": its sentences are computed from the "
                        + "tables by the document generator" + (number == 3 ? "; its text is not loaded"
                        : "; only the prior-year amounts and reasons are loaded"));
            }
        }
    }
}
