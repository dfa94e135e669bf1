package org.openbudget.aggregation.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.render.HtmlRenderer;
import org.openbudget.aggregation.document.render.PdfFontUnavailableException;
import org.openbudget.aggregation.document.render.PdfRenderer;
import org.openbudget.aggregation.document.render.XlsxRenderer;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.DocumentSources;
import org.openbudget.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds a department-year's disclosure from the read models and renders it in the asked format. */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);

    private final DocumentSources sources;
    private final PdfRenderer pdf;

    public DocumentService(DocumentSources sources, @ConfigProperty(name = "openbudget.documents.pdf.font",
                                   defaultValue = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") String font,
                           @ConfigProperty(name = "openbudget.documents.pdf.latin-font",
                                   defaultValue = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") String latinFont) {
        this.sources = sources;
        this.pdf = new PdfRenderer(Path.of(font), Path.of(latinFont));
    }

    void checkFonts(@Observes StartupEvent start) {
        pdf.missingFont().ifPresent(f -> LOG.warnf("PDF documents will be refused: %s", new PdfFontUnavailableException(f).getMessage()));
    }

    public Optional<DisclosureDocument> document(String department, int year, DocumentScope scope) {
        return sources.load(department, year, scope == DocumentScope.PUBLISHED).map(DocumentAssembler::assemble);
    }

    public Optional<DocumentInput> input(String department, int year, DocumentScope scope) {
        return sources.load(department, year, scope == DocumentScope.PUBLISHED);
    }

    /**
     * The document, or 404 naming what is missing (a published version, or any budget at all); the hint at
     * {@code ?scope=current} only for a caller who may follow it.
     */
    public DisclosureDocument required(String department, int year, DocumentScope scope, boolean readsDrafts) {
        return document(department, year, scope).orElseThrow(() -> ProblemException.notFound(
                scope == DocumentScope.PUBLISHED
                        ? "no published budget of department " + department + " for " + year
                        + " is known to the aggregation service" + (readsDrafts ? " (?scope=current shows the working version)" : "")
                        : "no budget of department " + department + " for " + year + " is known to the aggregation service"));
    }

    public byte[] render(DisclosureDocument doc, DocumentFormat format) {
        return switch (format) {
            case HTML -> HtmlRenderer.render(doc, HtmlRenderer.Media.BROWSER).getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxRenderer.render(doc);
            case PDF -> {
                try {
                    yield pdf.render(doc);
                } catch (PdfFontUnavailableException e) {
                    throw new ProblemException(503, "pdf-font-missing", "PDF font missing", e.getMessage(), List.of());
                }
            }
        };
    }
}
