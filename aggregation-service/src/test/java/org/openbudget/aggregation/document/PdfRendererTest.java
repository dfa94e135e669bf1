package org.openbudget.aggregation.document;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.render.HtmlRenderer;
import org.openbudget.aggregation.document.render.PdfFontUnavailableException;
import org.openbudget.aggregation.document.render.PdfRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF: its text (extracted with PDFBox) holds the Chinese text and every figure of the seed's tables;
 * its fonts are embedded, and every character the document uses has a glyph in one of them.
 */
class PdfRendererTest {

    static final Path CJK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path LATIN = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final DisclosureDocument DOC = SeedFixtures.document();
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = new PdfRenderer(CJK, LATIN).render(DOC);
        SeedFixtures.keep("434-2022.pdf", pdf);
    }

    @Test
    void textHoldsTheChineseTextAndEveryFigureOfTheTables() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            for (String s : List.of("部门预算收支总表", "部门预算财政拨款“三公”经费支出表", "434 高邑县政府办", "单位：万元", "栏次",
                    "政府办公厅（室）及相关机构事务", "注：无国有资本经营预算财政拨款预算，空表列示。", "较2021年预算减少583.26万元，减少59.66%",
                    "机关运行经费共计安排47.65万元", "“三公”经费预算安排1.51万元", "上年末固定资产金额为 947.09 万元", "≥100%")) {
                assertTrue(text.replace("\n", "").contains(s), s);
            }
            Map<String, Integer> printed = count(text);
            Map<String, Integer> wanted = new HashMap<>();
            SeedTables.read().values().forEach(rows -> SeedTables.figures(rows).forEach(f -> wanted.merge(f, 1, Integer::sum)));
            wanted.forEach((figure, n) -> assertTrue(printed.getOrDefault(figure, 0) >= n,
                    figure + " printed " + printed.getOrDefault(figure, 0) + " times, the seed's tables print it " + n + " times"));
        }
    }

    @Test
    void fontsAreEmbeddedAndCoverEveryCharacter() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                    fonts.add(f.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DroidSansFallback")), fonts.toString());
            assertTrue(d.getNumberOfPages() > 15, "tables on their own pages, then the sections: " + d.getNumberOfPages());
        }
        TreeSet<String> missing = new TreeSet<>();
        try (TrueTypeFont cjk = new TTFParser().parse(new RandomAccessReadBufferedFile(CJK.toFile()));
             TrueTypeFont latin = new TTFParser().parse(new RandomAccessReadBufferedFile(LATIN.toFile()))) {
            CmapLookup a = cjk.getUnicodeCmapLookup();
            CmapLookup b = latin.getUnicodeCmapLookup();
            String html = HtmlRenderer.render(DOC, HtmlRenderer.Media.PDF).replaceAll("(?s)<style>.*?</style>", "");
            html.codePoints().filter(cp -> cp > 0x20).forEach(cp -> {
                if (a.getGlyphId(cp) == 0 && b.getGlyphId(cp) == 0) {
                    missing.add(new String(Character.toChars(cp)));
                }
            });
        }
        assertEquals(new TreeSet<>(), missing, "characters without a glyph in the embedded fonts");
    }

    @Test
    void aMissingFontIsNamedClearly() {
        PdfFontUnavailableException e = assertThrows(PdfFontUnavailableException.class,
                () -> new PdfRenderer(Path.of("/nonexistent/cjk.ttf"), LATIN).render(DOC));
        assertTrue(e.getMessage().contains("/nonexistent/cjk.ttf") && e.getMessage().contains("fonts-droid-fallback"), e.getMessage());
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> n = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d.])\\d+\\.\\d{2}(?!\\d)").matcher(text);
        while (m.find()) {
            n.merge(m.group(), 1, Integer::sum);
        }
        return n;
    }
}
