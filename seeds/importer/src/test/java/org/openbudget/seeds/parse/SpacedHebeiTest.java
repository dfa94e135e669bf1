package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.seed.SeedDocument;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Hebei family printed with space-aligned columns (what the readers make of a PDF, an XLSX sheet or an HTML
 * page, the platform's own documents among them): the seed laid out that way at test time ({@link SpacedSeed}) reads
 * to the seed's nine tables, row for row and cell for cell — the seed's own reading being what SeedDocumentTest and
 * SeedFiguresJsonTest check figure by figure against the printed document.
 */
class SpacedHebeiTest {

    @Test
    void theSeedLaidOutWithSpacesReadsToTheSameNineTables() throws IOException {
        same(SeedDocument.parsed(), parse(SpacedSeed.of(SeedDocument.text(), 0)));
    }

    /** The sections' small grids (机构设置, the 绩效目标 tables, 政府采购, 固定资产) laid out with spaces read as the seed's cells. */
    @Test
    void theSectionsGridsLaidOutWithSpacesReadTheSame() throws IOException {
        DisclosureDocument seed = SeedDocument.parsed();
        DisclosureDocument spaced = parse(SpacedSeed.of(SeedDocument.text(), 0));
        assertEquals(seed.profile(), spaced.profile());
        assertEquals(seed.performance(), spaced.performance());
        assertEquals(seed.assets(), spaced.assets());
        assertEquals(seed.procurement(), spaced.procurement());
        assertEquals(seed.yearOverYear(), spaced.yearOverYear());
        assertEquals(seed.errors(), spaced.errors());
    }

    @Test
    void namesWrappedInTheirCellsAboveAndBelowTheRowAreJoined() throws IOException {
        String spaced = SpacedSeed.of(SeedDocument.text(), 16);
        assertEquals(true, spaced.split("\n").length > SeedDocument.text().split("\n").length + 10, "the variant wraps long names");
        same(SeedDocument.parsed(), parse(spaced));
    }

    /** Paragraphs wrapped at the page width (a PDF's text) are read as the seed's one-line paragraphs. */
    @Test
    void paragraphsWrappedAtThePageWidthAreReadAsOne() throws IOException {
        DisclosureDocument seed = SeedDocument.parsed();
        String text = SpacedSeed.wrapParagraphs(SpacedSeed.of(SeedDocument.text(), 0), 100);
        assertEquals(true, text.split("\n").length > SeedDocument.text().split("\n").length + 20, "the variant wraps paragraphs");
        DisclosureDocument doc = parse(text);
        assertEquals(withoutLines(seed.profile()), withoutLines(doc.profile()));
        assertEquals(withoutLines(seed.performance()), withoutLines(doc.performance()));
        assertEquals(seed.yearOverYear().stream().map(y -> y.item() + " " + y.prior() + " " + y.reason()).toList(),
                doc.yearOverYear().stream().map(y -> y.item() + " " + y.prior() + " " + y.reason()).toList());
        assertEquals(seed.errors().size(), doc.errors().size(), () -> doc.errors().toString());
    }

    /** What the profile says, without the lines it says it on. */
    private static String withoutLines(org.openbudget.seeds.parse.model.Profile p) {
        return p.duties() + "|" + p.units().stream().map(u -> u.name() + "," + u.nature() + "," + u.grade() + "," + u.fundingForm()).toList()
                + "|" + p.organization() + "|" + p.glossary().stream().map(g -> g.term() + ":" + g.definition()).toList()
                + "|" + p.otherMatters();
    }

    /** What section 五 says, without the lines it says it on. */
    private static String withoutLines(org.openbudget.seeds.parse.model.Performance p) {
        StringBuilder s = new StringBuilder(p.overallGoal()).append('|').append(p.safeguards()).append('|')
                .append(p.specialFunds() == null ? null : p.specialFunds().statement());
        p.subGoals().forEach(g -> {
            s.append('|').append(g.title());
            g.entries().forEach(e -> s.append('|').append(e.goal()).append('/').append(e.indicator()));
        });
        p.projects().forEach(t -> {
            s.append('|').append(t.name()).append(':').append(t.goal());
            t.indicators().forEach(r -> s.append('|').append(r.level1()).append(',').append(r.level2()).append(',')
                    .append(r.level3()).append(',').append(r.description()).append(',').append(r.value()).append(',').append(r.basis()));
        });
        return s.toString();
    }

    /** The platform prints a sentence counting the project tables above them: computed, not loaded, no error. */
    @Test
    void thePlatformsProjectCountSentenceIsNotAnError() throws IOException {
        String sentence = "2022年项目支出58万元，编制预算项目绩效目标表4个。";
        String text = SpacedSeed.of(SeedDocument.text(), 0).replace("\n1、大气办经费绩效目标表\n", "\n" + sentence + "\n1、大气办经费绩效目标表\n");
        assertEquals(true, text.contains(sentence), "the variant prints the sentence");
        DisclosureDocument doc = parse(text);
        assertEquals(SeedDocument.parsed().errors(), doc.errors());
        assertEquals(true, doc.warnings().stream().anyMatch(w -> w.kind() == WarningKind.NOT_LOADED && w.message().contains("绩效目标表4个")));
        assertEquals(SeedDocument.parsed().performance().projects().size(), doc.performance().projects().size());
    }

    private static DisclosureDocument parse(String text) {
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("spaced.txt", text));
        assertEquals(Layout.HEBEI, doc.layout());
        assertEquals("434", doc.departmentCode());
        assertEquals("高邑县政府办", doc.departmentName());
        assertEquals(2022, doc.year());
        assertEquals("万元", doc.unit());
        assertEquals(9, doc.tablesFound(), doc.summary());
        return doc;
    }

    static void same(DisclosureDocument expected, DisclosureDocument actual) {
        for (ParsedTable e : expected.tables()) {
            ParsedTable a = actual.table(e.kind()).orElseThrow();
            assertEquals(e.unit(), a.unit(), e.kind() + " unit");
            assertEquals(e.note(), a.note(), e.kind() + " note");
            assertEquals(e.rows().size(), a.rows().size(), e.kind() + " rows: " + a.rows());
            for (int i = 0; i < e.rows().size(); i++) {
                ParsedRow x = e.rows().get(i);
                ParsedRow y = a.rows().get(i);
                String where = e.kind() + " row " + i + " (seed line " + x.line() + ", spaced line " + y.line() + ")";
                assertEquals(x.side(), y.side(), where);
                assertEquals(x.key(), y.key(), where);
                assertEquals(x.printedCode(), y.printedCode(), where);
                assertEquals(x.name(), y.name(), where);
                assertEquals(x.cells(), y.cells(), where);
            }
            assertEquals(e.printed().rows().size(), a.printed().rows().size(), e.kind() + " printed rows");
            for (int i = 0; i < e.printed().rows().size(); i++) {
                assertEquals(e.printed().rows().get(i).number(), a.printed().rows().get(i).number(), e.kind() + " printed row " + i);
                assertEquals(e.printed().rows().get(i).cells(), a.printed().rows().get(i).cells(), e.kind() + " printed row " + i);
            }
        }
    }
}
