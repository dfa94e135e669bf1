package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.CurrentAmounts;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentDates;
import org.openbudget.seeds.parse.DocumentLevel;
import org.openbudget.seeds.parse.Layout;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.TableClassifier;
import org.openbudget.seeds.parse.TableKind;
import org.openbudget.seeds.parse.Texts;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.Profile;
import org.openbudget.seeds.parse.model.YearOverYear;
import org.openbudget.seeds.parse.narrative.Paragraph;
import org.openbudget.seeds.parse.narrative.YearOverYearReader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Shanghai layout (上海市普陀区, pdftotext -layout): title and 目录, 主要职能, 机构设置, 名词解释,
 * 编制说明, the nine tables (元; the "三公" table in 万元), 其他相关情况说明.
 */
public final class ShanghaiParser {

    private static final Pattern TITLE = Pattern.compile("^(\\S+?)(\\d{4})年(?:单位|部门)预算$");
    private static final Pattern BUDGET_UNIT = Pattern.compile("^(?:预算单位|预算部门|预算主管部门)[：:]\\s*(\\S+)$");
    private static final Pattern TABLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private ShanghaiParser() {
    }

    public static DisclosureDocument parse(SourceText text) {
        Warnings warnings = new Warnings();
        String name = null;
        Integer year = null;
        String docTitle = null;
        // section headings are centred (indented) and unnumbered; the 目录 lists them numbered
        Map<Integer, String> headings = new TreeMap<>();
        Map<Integer, UnitLine> unitLines = new TreeMap<>();
        for (int n = 1; n <= text.size(); n++) {
            String line = text.trimmed(n);
            Matcher t = TITLE.matcher(line);
            Matcher u = BUDGET_UNIT.matcher(line);
            if (year == null && t.matches()) {
                docTitle = line;
                name = t.group(1);
                year = Integer.parseInt(t.group(2));
                continue;
            }
            if (u.matches()) {
                name = u.group(1);
                continue;
            }
            UnitLine unitLine = UnitLine.of(line);
            if (unitLine != null) {
                unitLines.put(n, unitLine);
                continue;
            }
            boolean centred = text.line(n).startsWith("        ");
            String squeezed = Texts.squeeze(line);
            if (centred && squeezed.equals(Texts.label(line)) && (squeezed.endsWith("主要职能") || squeezed.endsWith("机构设置")
                    || squeezed.equals("名词解释") || squeezed.endsWith("预算编制说明") || squeezed.equals("其他相关情况说明"))) {
                headings.put(n, squeezed);
            }
        }
        ShanghaiTables reader = new ShanghaiTables(text, warnings);
        List<TablePlace> places = new ArrayList<>();
        for (Map.Entry<Integer, UnitLine> e : unitLines.entrySet()) {
            int unitLine = e.getKey();
            int title = titleAbove(text, unitLine, unitLines);
            int nextUnit = unitLines.keySet().stream().filter(l -> l > unitLine).findFirst().orElse(text.size() + 1);
            int nextTitle = nextUnit <= text.size() ? titleAbove(text, nextUnit, unitLines) : -1;
            // the headings end before the next table's title at the latest (an empty table prints no row to end them)
            int next = nextTitle > unitLine ? nextTitle : nextUnit;
            String header = String.join("\n", reader.header(unitLine, reader.firstRow(unitLine, next)));
            Optional<TableKind> kind = TableClassifier.classify(title > 0 ? text.trimmed(title) : null, header);
            if (kind.isEmpty()) {
                warnings.add(unitLine, WarningKind.SKIPPED, "a table under \"" + text.trimmed(title > 0 ? title : unitLine)
                        + "\": its headings name the columns of none of the nine tables");
                continue;
            }
            places.add(new TablePlace(kind.get(), title > 0 ? title : unitLine, unitLine, e.getValue()));
            if (name == null && e.getValue().preparer() != null) {
                name = e.getValue().preparer();
            }
            if (year == null && title > 0) {
                Matcher y = TABLE_YEAR.matcher(text.trimmed(title));
                if (y.find()) {
                    year = Integer.parseInt(y.group(1));
                }
            }
        }
        List<Integer> boundaries = new ArrayList<>(headings.keySet());
        places.forEach(p -> boundaries.add(p.titleLine()));
        boundaries.sort(null);

        Map<TableKind, ParsedTable> tables = new EnumMap<>(TableKind.class);
        TableKind previous = null;
        for (TablePlace place : places) {
            int line = place.titleLine();
            ParsedTable table = reader.read(place.kind(), line, place.unit(), place.unitLine(), end(boundaries, line, text));
            ParsedTable earlier = tables.get(place.kind());
            if (earlier != null && previous == place.kind() && table != null) {
                // the same table again right after itself: continued on a new page with its title and header repeated
                tables.put(place.kind(), continued(earlier, table));
                continue;
            }
            previous = place.kind();
            if (earlier != null) {
                warnings.add(line, WarningKind.SKIPPED, "table " + place.kind().number() + " printed a second time: skipped");
                continue;
            }
            if (table != null) {
                tables.put(place.kind(), table);
            }
        }
        for (TableKind kind : TableKind.values()) {
            if (!tables.containsKey(kind)) {
                warnings.add(0, WarningKind.SKIPPED, "table " + kind.number() + " (" + kind.id() + ") not found");
            }
        }
        String unit = tables.values().stream().filter(t -> t.kind() != TableKind.THREE_PUBLIC).map(ParsedTable::unit)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);

        ShanghaiNarrative narrative = new ShanghaiNarrative(text, warnings);
        int duties = heading(headings, s -> s.endsWith("主要职能"));
        int organization = heading(headings, s -> s.endsWith("机构设置"));
        int glossary = heading(headings, s -> s.equals("名词解释"));
        int explanation = heading(headings, s -> s.endsWith("预算编制说明"));
        int other = heading(headings, s -> s.equals("其他相关情况说明"));
        Profile profile = narrative.profile(name, duties + 1, end(boundaries, duties, text), organization + 1,
                end(boundaries, organization, text), glossary + 1, end(boundaries, glossary, text));
        List<Paragraph> statements = new ArrayList<>();
        if (explanation > 0) {
            statements.addAll(narrative.paragraphs(explanation + 1, end(boundaries, explanation, text)));
        }
        ShanghaiNarrative.Other others = other > 0 ? narrative.other(other + 1, end(boundaries, other, text))
                : new ShanghaiNarrative.Other(List.of(), null, null);
        statements.addAll(others.threePublic());
        List<ParsedTable> ordered = List.copyOf(tables.values());
        List<YearOverYear> yearOverYear = new YearOverYearReader(warnings, CurrentAmounts.of(ordered, "万元"), "万元")
                .read(statements);
        if (explanation > 0) {
            warnings.add(explanation, WarningKind.NOT_LOADED, "编制说明: its sentences are computed from the tables by the document "
                    + "generator; only prior-year amounts and reasons are loaded");
        }
        DocumentDates.Dates dates = DocumentDates.of(text);
        return new DisclosureDocument(text.name(), Layout.SHANGHAI, unit, null, name, year, ordered, profile, null,
                others.assets(), others.procurement(), yearOverYear, warnings.list(), level(tables, places, docTitle),
                dates.publishedOn(), dates.approvedOn());
    }

    /** The level table 1's title names ("预算单位财务收支预算总表" / "部门财务收支预算总表"), else the unit lines', else the cover's. */
    private static DocumentLevel level(Map<TableKind, ParsedTable> tables, List<TablePlace> places, String docTitle) {
        ParsedTable summary = tables.get(TableKind.SUMMARY);
        Optional<DocumentLevel> level = summary == null ? Optional.empty() : DocumentLevel.named(summary.title());
        for (TablePlace p : places) {
            if (level.isPresent()) {
                break;
            }
            level = p.unit().label() == null ? Optional.empty() : DocumentLevel.named(p.unit().label());
        }
        return level.or(() -> docTitle == null ? Optional.empty() : DocumentLevel.named(docTitle)).orElse(null);
    }

    /** Where a table is printed: its kind, its title line (the unit line when no title is printed) and its unit line. */
    private record TablePlace(TableKind kind, int titleLine, int unitLine, UnitLine unit) {
    }

    /** The title of the table whose unit line is {@code unitLine}: the non-blank line just above, when it names a 表. */
    private static int titleAbove(SourceText text, int unitLine, Map<Integer, UnitLine> unitLines) {
        for (int n = unitLine - 1; n >= Math.max(1, unitLine - 3); n--) {
            String line = text.trimmed(n);
            if (line.isEmpty()) {
                continue;
            }
            return !unitLines.containsKey(n) && line.contains("表") && !ShanghaiTables.isData(text.line(n)) ? n : -1;
        }
        return -1;
    }

    /** A table continued over pages: the rows of both parts in print order, the title and unit of the first. */
    private static ParsedTable continued(ParsedTable first, ParsedTable rest) {
        List<org.openbudget.seeds.parse.ParsedRow> rows = new ArrayList<>(first.rows());
        rows.addAll(rest.rows());
        String note = first.note() == null ? rest.note() : rest.note() == null ? first.note() : first.note() + "\n" + rest.note();
        return new ParsedTable(first.kind(), first.title(), first.line(), first.unit(), rows, note, first.printed());
    }

    /** Tables of one document share a unit, except the "三公" table which Shanghai prints in 万元. */
    private static void checkUnit(ParsedTable table, Warnings warnings) {
        if (table.unit() == null) {
            warnings.add(table.line(), WarningKind.SKIPPED, "table " + table.kind().number() + " prints no unit");
        }
    }

    private static int heading(Map<Integer, String> headings, java.util.function.Predicate<String> test) {
        return headings.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** The line where the part starting at {@code line} ends: the next heading or table title. */
    private static int end(List<Integer> boundaries, int line, SourceText text) {
        if (line < 0) {
            return -1;
        }
        return boundaries.stream().filter(b -> b > line).findFirst().orElse(text.size() + 1);
    }
}
