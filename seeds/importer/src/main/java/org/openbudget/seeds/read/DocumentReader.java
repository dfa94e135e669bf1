package org.openbudget.seeds.read;

import org.openbudget.seeds.parse.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Any published budget document — a PDF, an .xlsx workbook, an HTML page, a text export — as the one kind of
 * text the parser reads: layout text as {@code pdftotext -layout} prints it (or the text export as it is). The
 * format is told from the content ({@link DocumentFormat}), the size is checked before anything is parsed, and
 * every failure is an {@link UnreadableDocumentException} whose message says what is wrong with the file.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /** {@link #read(String, byte[], ReadLimits)} with {@link ReadLimits#standard()}. */
    public static SourceText read(String name, byte[] bytes) {
        return read(name, bytes, ReadLimits.standard());
    }

    /** {@link #read(Path, ReadLimits)} with {@link ReadLimits#standard()}. */
    public static SourceText read(Path file) {
        return read(file, ReadLimits.standard());
    }

    /** Reads a file; its size is checked before it is read into memory. */
    public static SourceText read(Path file, ReadLimits limits) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(name, "a folder, not a document");
            }
            tooLarge(name, Files.size(file), limits);
            return read(name, Files.readAllBytes(file), limits);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, "no such file (" + file + ")", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public static SourceText read(String name, byte[] bytes, ReadLimits limits) {
        return SourceText.of(name, text(name, bytes, limits));
    }

    /** The layout text of {@code bytes}, before it is split into lines. */
    public static String text(String name, byte[] bytes, ReadLimits limits) {
        tooLarge(name, bytes.length, limits);
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name, "the file is empty (0 bytes); it was not saved or not copied completely");
        }
        String text = switch (DocumentFormat.detect(name, bytes)) {
            case PDF -> PdfReader.read(name, bytes);
            case XLSX -> XlsxReader.read(name, bytes, limits);
            case HTML -> HtmlReader.read(name, bytes);
            case TEXT -> TextReader.read(name, bytes);
        };
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name, "the document holds no text");
        }
        return text;
    }

    private static void tooLarge(String name, long size, ReadLimits limits) {
        if (size > limits.maxBytes()) {
            throw new UnreadableDocumentException(name, "the file is " + ReadLimits.size(size) + ", more than the "
                    + ReadLimits.size(limits.maxBytes()) + " a budget document is read up to (a published budget is a few MB); "
                    + "if it really is one, raise the limit (-D" + ReadLimits.MAX_BYTES_PROPERTY + "=BYTES)");
        }
    }
}
