package org.openbudget.seeds.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.openbudget.seeds.parse.Texts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFs made for the reader's tests, with every glyph where the test wants it: a word of a layout line starts at
 * x = its text index × 5 pt (pdftotext's model), its characters follow at their widths — a CJK glyph 10 pt, two
 * columns; other glyphs in Courier, 0.6 em = one column — and a line every 12 pt.
 */
final class TestPdfs {

    /** The fonts the platform's PDF renderer embeds, found on the machine as its README says (never shipped). */
    static final Path CJK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path LATIN = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final float PITCH = 5;
    private static final float LINE = 12;
    private static final float MARGIN = 20;

    private TestPdfs() {
    }

    /** Each page's layout lines drawn glyph by glyph at their page columns. */
    static byte[] layout(List<List<String>> pages) throws IOException {
        assertTrue(Files.isReadable(CJK) && Files.isReadable(LATIN), "the PDF tests need the fonts " + CJK + " and " + LATIN
                + " (apt-get install fonts-droid-fallback fonts-dejavu-core)");
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font cjk = PDType0Font.load(doc, CJK.toFile());
            PDType0Font latin = PDType0Font.load(doc, LATIN.toFile());
            PDFont courier = new PDType1Font(Standard14Fonts.FontName.COURIER); // monospaced: 0.6 em, one column
            for (List<String> lines : pages) {
                int width = lines.stream().mapToInt(Texts::width).max().orElse(0);
                PDPage page = new PDPage(new PDRectangle(2 * MARGIN + width * PITCH + 20, 2 * MARGIN + lines.size() * LINE + 20));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = page.getMediaBox().getHeight() - MARGIN;
                    for (int n = 0; n < lines.size(); n++) {
                        String line = lines.get(n);
                        float x = MARGIN;
                        int column = 0; // words drawn so far
                        boolean inWord = false;
                        for (int i = 0; i < line.length(); ) {
                            int cp = line.codePointAt(i);
                            String ch = new String(Character.toChars(cp));
                            boolean wide = Texts.width(ch) == 2;
                            if (Character.isWhitespace(cp)) {
                                inWord = false;
                            } else {
                                if (!inWord) {
                                    // pdftotext's model: a word starts at the page column of its text index; a page never
                                    // overlaps two words, so one that would is set a column after the last
                                    x = Math.max(MARGIN + i * PITCH, x + (column > 0 ? PITCH : 0));
                                    column++;
                                    inWord = true;
                                }
                                PDFont font = wide && has(cjk, cp) ? cjk : has(courier, ch) ? courier : latin;
                                float size = wide ? 10 : font == courier ? PITCH / 0.6f : 7;
                                cs.beginText();
                                cs.setFont(font, size);
                                cs.newLineAtOffset(x, top - n * LINE);
                                cs.showText(ch);
                                cs.endText();
                                x += font.getStringWidth(ch) / 1000 * size; // inside a word each glyph follows the last
                            }
                            i += Character.charCount(cp);
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One page of Latin text in a standard font: a PDF that is not a budget. */
    static byte[] plain(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(60, 780);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Pages that are only pictures, as a scanner makes them. */
    static byte[] scanned(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawString("scan", 50, 50);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, 595, 842);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean has(PDType0Font font, int cp) {
        return has(font, new String(Character.toChars(cp)));
    }

    private static boolean has(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
