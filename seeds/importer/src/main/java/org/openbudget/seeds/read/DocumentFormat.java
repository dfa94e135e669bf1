package org.openbudget.seeds.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, told from its content and never from its name: a finance bureau's files arrive renamed, with
 * {@code .txt} on a PDF or no extension at all.
 */
public enum DocumentFormat {
    PDF, XLSX, HTML, TEXT;

    private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** How far into the file a PDF header may start (Acrobat accepts junk before it) and markup is looked for. */
    private static final int SNIFF = 1024;

    /**
     * The format of {@code bytes}; refuses the formats that are recognised but not read (an .xls workbook, a
     * Word document, an other zip archive, an image) with what to do instead.
     */
    public static DocumentFormat detect(String name, byte[] bytes) {
        if (indexOf(bytes, PDF_MAGIC, SNIFF) >= 0) {
            return PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return zip(name, bytes);
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw new UnreadableDocumentException(name, "an Excel 97-2003 (.xls) or old Word file; save it as an .xlsx "
                    + "workbook (or print it to PDF) and hand that over");
        }
        if (image(bytes)) {
            throw new UnreadableDocumentException(name, "an image, not a document with text; a scanned page has to be "
                    + "recognised (OCR) into a PDF with a text layer first");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String start = head.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml") && head.contains("<html")
                || head.contains("<table") || head.contains("<body")) {
            return HTML;
        }
        return TEXT;
    }

    private static DocumentFormat zip(String name, byte[] bytes) {
        boolean workbook = false;
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                workbook |= e.getName().equals("xl/workbook.xml");
                word |= e.getName().equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(name, "a damaged or incomplete zip archive (" + e.getMessage()
                    + "); if it is an .xlsx workbook, open and save it again", e);
        }
        if (workbook) {
            return XLSX;
        }
        if (word) {
            throw new UnreadableDocumentException(name, "a Word document; print it to PDF (or save its tables as .xlsx) "
                    + "and hand that over");
        }
        throw new UnreadableDocumentException(name, "a zip archive that is not an .xlsx workbook; unpack it and hand "
                + "over the documents inside (the batch loader takes a zip of documents)");
    }

    private static boolean image(byte[] b) {
        return startsWith(b, new byte[]{(byte) 0x89, 'P', 'N', 'G'}) || startsWith(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII)) || startsWith(b, new byte[]{'I', 'I', 42, 0})
                || startsWith(b, new byte[]{'M', 'M', 0, 42});
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return indexOf(bytes, prefix, 1) == 0;
    }

    /** Where {@code needle} starts within the first {@code within} positions of {@code bytes}, or -1. */
    private static int indexOf(byte[] bytes, byte[] needle, int within) {
        int last = Math.min(bytes.length - needle.length, within - 1);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
