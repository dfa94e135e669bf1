package org.openbudget.aggregation.document.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.openbudget.aggregation.document.model.DisclosureDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The disclosure as PDF: the XHTML of {@link HtmlRenderer} laid out by openhtmltopdf (PDFBox) with its fonts
 * embedded (subset to the characters used) — a CJK font and a Latin one — so every character renders on any
 * reader. The fonts are found on the machine, never shipped in the repository (see the module README).
 */
public final class PdfRenderer {

    /** The CSS font-family names the PDF stylesheet asks for, Latin first: each glyph comes from the first that has it. */
    static final String LATIN = "latin";
    static final String CJK = "cjk";

    private final Path cjk;
    private final Path latin;
    private final Path latinBold;

    /**
     * @param cjk   a TrueType font with the Chinese characters (DroidSansFallbackFull has no Latin letters or digits)
     * @param latin a TrueType font for Latin letters, digits and symbols such as ≥ and “ ” (DejaVu Sans); its bold
     *              face is looked for beside it as {@code <name>-Bold.ttf}
     */
    public PdfRenderer(Path cjk, Path latin) {
        this.cjk = cjk;
        this.latin = latin;
        String name = latin.getFileName().toString();
        this.latinBold = latin.resolveSibling(name.replaceFirst("\\.ttf$", "-Bold.ttf"));
    }

    /** The first font that is missing, if any. */
    public java.util.Optional<Path> missingFont() {
        return java.util.stream.Stream.of(cjk, latin).filter(f -> !Files.isRegularFile(f) || !Files.isReadable(f)).findFirst();
    }

    public byte[] render(DisclosureDocument doc) {
        java.util.Optional<Path> missing = missingFont();
        if (missing.isPresent()) {
            throw new PdfFontUnavailableException(missing.get());
        }
        String html = HtmlRenderer.render(doc, HtmlRenderer.Media.PDF);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(latin.toFile(), LATIN);
            builder.useFont((Files.isReadable(latinBold) ? latinBold : latin).toFile(), LATIN, 700, FontStyle.NORMAL, true);
            builder.useFont(cjk.toFile(), CJK);
            // the CJK font has one weight: bold text uses it too instead of falling back to a font without Chinese
            builder.useFont(cjk.toFile(), CJK, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("openbudget aggregation-service");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
