package org.openbudget.aggregation.document.roundtrip;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.render.HtmlRenderer;
import org.openbudget.aggregation.document.render.PdfRenderer;
import org.openbudget.aggregation.document.render.XlsxRenderer;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.read.DocumentReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #14 item 8: the platform's own HTML, XLSX and PDF of generated department-years, read back by the importer's
 * DocumentReader and parsed by its one DocumentParser, print the same nine tables cell for cell as the model
 * (disclosure-model's DisclosureTables) built them. The expected cells are the model's, not the parser's: the
 * parser is what is under test. Plain JUnit: the renderers are plain Java, no Kafka or database is needed.
 */
class RoundTripTest {

    /** At least 200 department-years per format (the acceptance); -Droundtrip.documents=N for more. */
    static final int DOCUMENTS = Math.max(200, Integer.getInteger("roundtrip.documents", 200));
    static final Path CJK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path LATIN = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static List<DisclosureDocument> generated;

    @BeforeAll
    static void generate() {
        generated = GeneratedDocuments.generate(DOCUMENTS, 14);
    }

    @Test
    void html() {
        roundTrip("HTML", "html", d -> HtmlRenderer.render(d, HtmlRenderer.Media.BROWSER).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xlsx() {
        roundTrip("XLSX", "xlsx", XlsxRenderer::render);
    }

    @Test
    void pdf() {
        assertTrue(Files.isReadable(CJK) && Files.isReadable(LATIN), "the PDF renderer's fonts " + CJK + " and " + LATIN
                + " are needed (apt-get install fonts-droid-fallback fonts-dejavu-core)");
        PdfRenderer renderer = new PdfRenderer(CJK, LATIN);
        roundTrip("PDF", "pdf", renderer::render);
    }

    /**
     * With -Droundtrip.keep=true the rendered documents stay in target/roundtrip-documents/FORMAT for the parse
     * benchmark (deploy/local/bench-parse), which measures the importer on the platform's own documents.
     */
    private static void keep(String extension, String name, byte[] bytes) {
        if (Boolean.getBoolean("roundtrip.keep")) {
            try {
                Path dir = Files.createDirectories(Path.of("target/roundtrip-documents", extension));
                Files.write(dir.resolve(name), bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void roundTrip(String format, String extension, Function<DisclosureDocument, byte[]> render) {
        CellComparison comparison = new CellComparison();
        long start = System.nanoTime();
        // two workers: rendering a PDF takes most of the time, and the machine has two cores
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> generated.parallelStream().forEach(d -> {
                String name = d.department() + "-" + d.year() + "." + extension;
                byte[] bytes = render.apply(d);
                keep(extension, name, bytes);
                try {
                    comparison.compare(name, d.tables(), DocumentParser.parse(DocumentReader.read(name, bytes)));
                } catch (RuntimeException e) {
                    comparison.refused(name, d.tables(), e);
                }
            })).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        System.out.println(comparison.summary(format) + String.format(" (%.1f s with rendering)", (System.nanoTime() - start) / 1e9));
        assertEquals(DOCUMENTS, comparison.documents());
        assertTrue(comparison.cells() >= DOCUMENTS * 9L, "every table's cells were compared: " + comparison.cells());
        assertEquals(0, comparison.differing(), comparison.summary(format));
    }
}
