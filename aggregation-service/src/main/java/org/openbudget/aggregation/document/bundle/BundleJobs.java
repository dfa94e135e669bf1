package org.openbudget.aggregation.document.bundle;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds county bundles in the background, one at a time (a county of 150 departments renders 450 files;
 * on 2 cores one bundle at a time keeps the service responsive). Jobs and their zips live in this
 * process: a restart forgets them (start again), and with several replicas the status URL must reach the
 * replica that answered 202 — see the module README.
 */
@ApplicationScoped
public class BundleJobs {

    private static final Logger LOG = Logger.getLogger(BundleJobs.class);

    private final Map<UUID, BundleJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "document-bundle");
        t.setDaemon(true);
        return t;
    });
    private final DocumentSources sources;
    private final DocumentService documents;
    private final Instance<BundlePart> parts;
    private final ConsistencyService consistency;
    private final ObjectMapper json;
    private final Duration retention;
    private final int maxJobs;

    public BundleJobs(DocumentSources sources, DocumentService documents, Instance<BundlePart> parts,
                      ConsistencyService consistency, ObjectMapper json,
                      @ConfigProperty(name = "openbudget.documents.bundle.retention", defaultValue = "PT2H") Duration retention,
                      @ConfigProperty(name = "openbudget.documents.bundle.max-jobs", defaultValue = "20") int maxJobs) {
        this.sources = sources;
        this.documents = documents;
        this.parts = parts;
        this.consistency = consistency;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.retention = retention;
        this.maxJobs = maxJobs;
    }

    public BundleJob start(int year, String region, DocumentScope scope) {
        evict();
        BundleJob job = new BundleJob(year, region, scope.wire());
        jobs.put(job.id(), job);
        worker.submit(() -> run(job, scope));
        return job;
    }

    public Optional<BundleJob> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(BundleJob job, DocumentScope scope) {
        job.state = BundleJob.State.RUNNING;
        try {
            List<Profile> departments = sources.departments(job.region);
            job.departments = departments.size();
            job.file = Files.createTempFile("documents-" + job.region + "-" + job.year + "-", ".zip");
            String root = job.region + "-" + job.year + "/";
            List<DepartmentFigures> figures = new ArrayList<>();
            try (OutputStream out = Files.newOutputStream(job.file); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Profile p : departments) {
                    Optional<DocumentInput> input = documents.input(p.code(), job.year, scope);
                    if (input.isEmpty()) {
                        figures.add(DepartmentFigures.missing(p.code(), p.name()));
                    } else {
                        DisclosureDocument doc = DocumentAssembler.assemble(input.get());
                        for (DocumentFormat format : DocumentFormat.values()) {
                            entry(zip, root + p.code() + "/" + p.code() + "-" + job.year + "." + format.extension(), documents.render(doc, format));
                        }
                        figures.add(DepartmentFigures.of(input.get()));
                        entry(zip, root + p.code() + "/" + p.code() + "-" + job.year + "-consistency.json",
                                json.writeValueAsBytes(consistency.department(p.code(), job.year, rollupScope(scope))));
                    }
                    job.completed.incrementAndGet();
                }
                entry(zip, root + "county-summary.csv", CountySummary.csv(job.year, job.region, job.scope, figures));
                entry(zip, root + "county-by-function.csv", CountySummary.byClassCsv(figures));
                entry(zip, root + "county-consistency.json", json.writeValueAsBytes(consistency.county(job.year, job.region, rollupScope(scope))));
                for (BundlePart part : parts) {
                    for (Map.Entry<String, byte[]> f : part.files(job.year, job.region, job.scope).entrySet()) {
                        entry(zip, root + f.getKey(), f.getValue());
                    }
                }
                entry(zip, root + "README.txt", readme(job, figures).getBytes(StandardCharsets.UTF_8));
            }
            job.size = Files.size(job.file);
            job.state = BundleJob.State.DONE;
        } catch (Exception e) {
            LOG.errorf(e, "county bundle %s (%s, %d) failed", job.id(), job.region, job.year);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.state = BundleJob.State.FAILED;
        } finally {
            job.finishedAt = OffsetDateTime.now();
        }
    }

    private static Scope rollupScope(DocumentScope scope) {
        return scope == DocumentScope.PUBLISHED ? Scope.PUBLISHED : Scope.CURRENT;
    }

    private static String readme(BundleJob job, List<DepartmentFigures> figures) {
        long with = figures.stream().filter(DepartmentFigures::hasBudget).count();
        return "部门预算信息公开 — county " + job.region + ", year " + job.year + ", scope " + job.scope + "\n"
                + "departments: " + figures.size() + ", with a budget in this scope: " + with + "\n"
                + "<dept>/<dept>-" + job.year + ".html|.pdf|.xlsx — each department's disclosure document\n"
                + "county-summary.csv — one line per department and the county total (万元)\n"
                + "county-by-function.csv — expenditure by functional 类 across the county (万元)\n"
                + "county-consistency.json, <dept>/<dept>-" + job.year + "-consistency.json — the consistency reports\n"
                + "generated " + OffsetDateTime.now() + " by aggregation-service from its read models\n";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Forgets finished jobs older than the retention, and the oldest finished ones beyond the maximum. */
    private void evict() {
        OffsetDateTime limit = OffsetDateTime.now().minus(retention);
        jobs.values().stream().filter(j -> j.finishedAt != null && j.finishedAt.isBefore(limit)).toList().forEach(this::forget);
        List<BundleJob> finished = jobs.values().stream().filter(j -> j.finishedAt != null)
                .sorted(Comparator.comparing((BundleJob j) -> j.finishedAt)).toList();
        for (int i = 0; i < finished.size() - Math.max(0, maxJobs - 1); i++) {
            forget(finished.get(i));
        }
    }

    private void forget(BundleJob job) {
        jobs.remove(job.id());
        try {
            if (job.file != null) {
                Files.deleteIfExists(job.file);
            }
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", job.file, e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
        new ArrayList<>(jobs.values()).forEach(this::forget);
    }
}
