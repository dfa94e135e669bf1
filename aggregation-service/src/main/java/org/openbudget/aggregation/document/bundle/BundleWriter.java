package org.openbudget.aggregation.document.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.openbudget.aggregation.consistency.ConsistencyService;
import org.openbudget.aggregation.document.DocumentAssembler;
import org.openbudget.aggregation.document.DocumentFormat;
import org.openbudget.aggregation.document.DocumentScope;
import org.openbudget.aggregation.document.DocumentService;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.DocumentSources;
import org.openbudget.aggregation.document.source.Profile;
import org.openbudget.aggregation.rollup.Scope;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a county bundle's zip: {@code {region}-{year}/{dept}/{dept}-{year}.html|.pdf|.xlsx} and the department's
 * consistency report for every department of the county with a budget in the scope, the county's summary CSVs and
 * consistency report, what each {@link BundlePart} adds, and a README.
 */
@ApplicationScoped
public class BundleWriter {

    /** Told after each department; throws when the job should stop (another worker took it over). */
    interface Progress {
        void report(int departments, int completed) throws IOException;
    }

    private final DocumentSources sources;
    private final DocumentService documents;
    private final Instance<BundlePart> parts;
    private final ConsistencyService consistency;
    private final ObjectMapper json;

    public BundleWriter(DocumentSources sources, DocumentService documents, Instance<BundlePart> parts,
                        ConsistencyService consistency, ObjectMapper json) {
        this.sources = sources;
        this.documents = documents;
        this.parts = parts;
        this.consistency = consistency;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    void write(BundleJob job, OutputStream out, Progress progress) throws IOException {
        DocumentScope scope = DocumentScope.parse(job.scope());
        List<Profile> departments = sources.departments(job.region());
        progress.report(departments.size(), 0);
        String root = job.region() + "-" + job.year() + "/";
        List<DepartmentFigures> figures = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Profile p : departments) {
                Optional<DocumentInput> input = documents.input(p.code(), job.year(), scope);
                if (input.isEmpty()) {
                    figures.add(DepartmentFigures.missing(p.code(), p.name()));
                } else {
                    DisclosureDocument doc = DocumentAssembler.assemble(input.get());
                    for (DocumentFormat format : DocumentFormat.values()) {
                        entry(zip, root + p.code() + "/" + p.code() + "-" + job.year() + "." + format.extension(), documents.render(doc, format));
                    }
                    figures.add(DepartmentFigures.of(input.get()));
                    entry(zip, root + p.code() + "/" + p.code() + "-" + job.year() + "-consistency.json",
                            json.writeValueAsBytes(consistency.department(p.code(), job.year(), rollupScope(scope))));
                }
                progress.report(departments.size(), figures.size());
            }
            entry(zip, root + "county-summary.csv", CountySummary.csv(job.year(), job.region(), job.scope(), figures));
            entry(zip, root + "county-by-function.csv", CountySummary.byClassCsv(figures));
            entry(zip, root + "county-consistency.json", json.writeValueAsBytes(consistency.county(job.year(), job.region(), rollupScope(scope))));
            for (BundlePart part : parts) {
                for (Map.Entry<String, byte[]> f : part.files(job.year(), job.region(), job.scope()).entrySet()) {
                    entry(zip, root + f.getKey(), f.getValue());
                }
            }
            entry(zip, root + "README.txt", readme(job, figures).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Scope rollupScope(DocumentScope scope) {
        return scope == DocumentScope.PUBLISHED ? Scope.PUBLISHED : Scope.CURRENT;
    }

    private static String readme(BundleJob job, List<DepartmentFigures> figures) {
        long with = figures.stream().filter(DepartmentFigures::hasBudget).count();
        return "部门预算信息公开 — county " + job.region() + ", year " + job.year() + ", scope " + job.scope() + "\n"
                + "departments: " + figures.size() + ", with a budget in this scope: " + with + "\n"
                + "<dept>/<dept>-" + job.year() + ".html|.pdf|.xlsx — each department's disclosure document\n"
                + "county-summary.csv — one line per department and the county total (万元)\n"
                + "county-by-function.csv — expenditure by functional 类 across the county (万元)\n"
                + "county-consistency.json, <dept>/<dept>-" + job.year() + "-consistency.json — the consistency reports\n"
                + "generated " + OffsetDateTime.now() + " by aggregation-service from its read models\n";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
