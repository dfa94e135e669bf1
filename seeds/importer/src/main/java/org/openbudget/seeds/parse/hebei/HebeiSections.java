package org.openbudget.seeds.parse.hebei;

import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.narrative.Paragraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explanatory sections 一 … 九 after the tables, found by their headings ("二、部门预算安排的总体情况").
 * Every non-blank line of the Hebei text is a paragraph.
 */
final class HebeiSections {

    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九])、(\\S.{1,40})$");
    private static final String NUMERALS = "一二三四五六七八九";

    /** A section: its number (1–9), heading line and the first line after it. */
    record Section(int number, int line, String title, int end) {
    }

    private final SourceText text;
    private final Map<Integer, Section> sections = new LinkedHashMap<>();

    HebeiSections(SourceText text, int from) {
        this.text = text;
        List<int[]> found = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int n = from; n <= text.size(); n++) {
            String line = text.line(n);
            Matcher m = HEADING.matcher(line.strip());
            if (line.indexOf('\t') < 0 && !line.contains("....") && m.matches()) {
                int number = NUMERALS.indexOf(m.group(1)) + 1;
                if (found.isEmpty() || number == found.get(found.size() - 1)[0] + 1) {
                    found.add(new int[]{number, n});
                    titles.add(m.group(2));
                }
            }
        }
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1)[1] : text.size() + 1;
            sections.put(found.get(i)[0], new Section(found.get(i)[0], found.get(i)[1], titles.get(i), end));
        }
    }

    Section section(int number) {
        return sections.get(number);
    }

    /** The non-blank lines of section {@code number} after its heading; empty when absent. */
    List<Paragraph> paragraphs(int number) {
        Section s = sections.get(number);
        return s == null ? List.of() : paragraphs(s.line() + 1, s.end());
    }

    List<Paragraph> paragraphs(int from, int end) {
        List<Paragraph> out = new ArrayList<>();
        for (int n = from; n < end; n++) {
            String line = text.trimmed(n);
            if (!line.isEmpty()) {
                out.add(new Paragraph(n, line));
            }
        }
        return out;
    }
}
