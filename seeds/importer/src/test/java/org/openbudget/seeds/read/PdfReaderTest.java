package org.openbudget.seeds.read;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.SharedFiles;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.UnknownLayoutException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFs through PDFBox's glyph positions into pdftotext -layout text; the refusals of a scan, a damaged file and a
 * PDF that is not a budget.
 */
class PdfReaderTest {

    /**
     * The Shanghai sample is pdftotext's output of a PDF we do not have: drawn back into a PDF glyph by glyph at
     * its page columns and read, every non-blank line comes back as pdftotext printed it — every word at the
     * same text index, CJK and digits alike (blank lines and a page's common indentation aside).
     */
    @Test
    void theShanghaiSampleDrawnAtItsPageColumnsReadsBackAsPdftotextPrintedIt() throws Exception {
        Path sample = SharedFiles.require("samples/shpt_fuliyuan_2024.txt");
        // the first line says where the text comes from; pdftotext's output starts below it
        String printed = Files.readString(sample, StandardCharsets.UTF_8).replaceFirst("^SOURCE: [^\n]*\n", "");
        List<List<String>> pages = new ArrayList<>();
        for (String page : printed.split("\f")) {
            List<String> lines = page.lines().map(PdfReaderTest::stripEnd).filter(l -> !l.isBlank()).toList();
            if (!lines.isEmpty()) {
                pages.add(lines);
            }
        }
        byte[] pdf = TestPdfs.layout(pages);
        String read = DocumentReader.text("shpt.pdf", pdf, ReadLimits.standard());
        String[] readPages = read.split("\f", -1);
        assertEquals(pages.size(), readPages.length, "pages");
        int exact = 0;
        int squeezed = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<String> expected = unindented(pages.get(p));
            List<String> got = unindented(readPages[p].lines().filter(l -> !l.isBlank()).toList());
            assertEquals(expected.size(), got.size(), "lines of page " + (p + 1));
            for (int i = 0; i < expected.size(); i++) {
                String where = "page " + (p + 1) + ", line " + (i + 1);
                if (cjkTwoColumnsWide(expected.get(i))) {
                    assertEquals(expected.get(i), got.get(i), where);
                    exact++;
                } else {
                    // pdftotext put a word closer to a CJK word than two columns a character allow: drawn so, the
                    // glyphs touch; the words still come back in order
                    assertEquals(expected.get(i).replaceAll("\\s+", ""), got.get(i).replaceAll("\\s+", ""), where);
                    squeezed++;
                }
            }
        }
        System.out.printf("Shanghai sample through a PDF: %d pages; %d lines at exactly pdftotext's columns, %d lines whose "
                + "words pdftotext placed closer than CJK at two columns allows, read in order%n", pages.size(), exact, squeezed);
        assertTrue(exact > 4 * squeezed, "most lines keep their columns exactly");
    }

    /** Every word of the line ends, counting a CJK character two columns, before the next word's text index. */
    private static boolean cjkTwoColumnsWide(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(line);
        int end = -1;
        while (m.find()) {
            if (m.start() <= end) {
                return false;
            }
            end = m.start() + org.openbudget.seeds.parse.Texts.width(m.group());
        }
        return true;
    }

    @Test
    void aScannedPdfWithoutTextIsRefused() throws Exception {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentReader.read("scan.pdf", TestPdfs.scanned(2)));
        assertEquals("scan.pdf: a PDF without a text layer (2 pages of images) — a scanned document? Recognise its text "
                + "(OCR) first, or ask for the PDF as published", e.getMessage());
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() throws Exception {
        byte[] pdf = TestPdfs.layout(List.of(List.of("部门预算收支总表", "单位：万元   394.30")));
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read("cut.pdf", cut));
        assertTrue(e.getMessage().startsWith("cut.pdf: a damaged or incomplete PDF ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); download it again or ask for the published file"), e.getMessage());
    }

    @Test
    void aPdfThatIsNotABudgetReadsAndTheParsersRefusalPassesThrough() throws Exception {
        SourceText text = DocumentReader.read("invoice.pdf", TestPdfs.plain("Invoice 2024-117", "Total due: 1,200.00 EUR"));
        assertEquals("Invoice 2024-117", text.line(1).strip());
        UnknownLayoutException e = assertThrows(UnknownLayoutException.class, () -> DocumentParser.parse(text));
        assertTrue(e.getMessage().contains("invoice.pdf"), e.getMessage());
    }

    private static String stripEnd(String s) {
        return s.replaceFirst("\\s+$", "");
    }

    /** The lines without the indentation all of them share (the reader measures columns from the leftmost glyph). */
    private static List<String> unindented(List<String> lines) {
        int common = lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> stripEnd(l.substring(common))).toList();
    }
}
