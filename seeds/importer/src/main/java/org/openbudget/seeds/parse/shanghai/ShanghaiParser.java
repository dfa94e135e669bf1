package org.openbudget.seeds.parse.shanghai;

import org.openbudget.seeds.parse.CurrentAmounts;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.Layout;
import org.openbudget.seeds.parse.ParsedTable;
import org.openbudget.seeds.parse.SourceText;
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
    private static final Pattern BUDGET_UNIT = Pattern.compile("^(?:预算单位|预算部门)[：:]\\s*(\\S+)$");

    private ShanghaiParser() {
    }

    public static DisclosureDocument parse(SourceText text) {
        Warnings warnings = new Warnings();
        String name = null;
        Integer year = null;
        // section headings are centred (indented) and unnumbered; the 目录 lists them numbered
        Map<Integer, String> headings = new TreeMap<>();
        Map<Integer, TableKind> titles = new TreeMap<>();
        Map<Integer, Integer> preparers = new TreeMap<>();
        for (int n = 1; n <= text.size(); n++) {
            String line = text.trimmed(n);
            Matcher t = TITLE.matcher(line);
            Matcher u = BUDGET_UNIT.matcher(line);
            if (year == null && t.matches()) {
                name = t.group(1);
                year = Integer.parseInt(t.group(2));
                continue;
            }
            if (u.matches()) {
                name = u.group(1);
                continue;
            }
            int next = text.nextNonBlank(n);
            Optional<TableKind> kind = ShanghaiTables.title(line);
            if (kind.isPresent() && next > 0 && ShanghaiTables.PREPARER.matcher(text.trimmed(next)).matches()) {
                titles.put(n, kind.get());
                preparers.put(n, next);
                continue;
            }
            boolean centred = text.line(n).startsWith("        ");
            String squeezed = Texts.squeeze(line);
            if (centred && squeezed.equals(Texts.label(line)) && (squeezed.endsWith("主要职能") || squeezed.endsWith("机构设置")
                    || squeezed.equals("名词解释") || squeezed.endsWith("预算编制说明") || squeezed.equals("其他相关情况说明"))) {
                headings.put(n, squeezed);
            }
        }
        List<Integer> boundaries = new ArrayList<>(headings.keySet());
        boundaries.addAll(titles.keySet());
        boundaries.sort(null);

        Map<TableKind, ParsedTable> tables = new EnumMap<>(TableKind.class);
        ShanghaiTables reader = new ShanghaiTables(text, warnings);
        for (Map.Entry<Integer, TableKind> e : titles.entrySet()) {
            int line = e.getKey();
            if (tables.containsKey(e.getValue())) {
                warnings.add(line, WarningKind.SKIPPED, "table " + e.getValue().number() + " printed a second time: skipped");
                continue;
            }
            ParsedTable table = reader.read(e.getValue(), line, preparers.get(line), end(boundaries, line, text));
            if (table != null) {
                tables.put(e.getValue(), table);
                checkUnit(table, warnings);
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
        return new DisclosureDocument(text.name(), Layout.SHANGHAI, unit, null, name, year, ordered, profile, null,
                others.assets(), others.procurement(), yearOverYear, warnings.list());
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
