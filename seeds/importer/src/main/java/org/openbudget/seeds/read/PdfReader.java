package org.openbudget.seeds.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF as {@code pdftotext -layout} prints it, from PDFBox's glyph positions (no external tool): the glyphs of
 * a page grouped into lines by their baseline, each word placed at the page column of its x position, one column
 * being half the width of a CJK glyph of the page's body text, and {@code \f} before every page but the first.
 * A PDF without a text layer (a scan) is refused: there is nothing to read without OCR.
 */
final class PdfReader {

    private PdfReader() {
    }

    static String read(String name, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException(name, "a PDF without pages; it is damaged or incomplete");
            }
            Collector collector = new Collector();
            collector.getText(doc);
            List<String> pages = collector.pages;
            int characters = pages.stream().mapToInt(p -> p.replaceAll("\\s", "").length()).sum();
            if (characters == 0) {
                throw new UnreadableDocumentException(name, "a PDF without a text layer (" + doc.getNumberOfPages()
                        + (doc.getNumberOfPages() == 1 ? " page" : " pages") + " of images) — a scanned document? "
                        + "Recognise its text (OCR) first, or ask for the PDF as published");
            }
            return String.join("\f", pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(name, "a password-protected PDF; ask for a copy without a password", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, "a damaged or incomplete PDF (" + e.getMessage()
                    + "); download it again or ask for the published file", e);
        }
    }

    /** Collects each page's glyphs, then lays the page out. */
    private static final class Collector extends PDFTextStripper {
        final List<String> pages = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
        }

        @Override
        protected void endPage(PDPage page) {
            pages.add(PageLayout.lines(glyphs));
        }
    }
}
