package org.openbudget.seeds.load.batch;

import org.openbudget.seeds.load.DepartmentCodes;
import org.openbudget.seeds.load.HttpPort;
import org.openbudget.seeds.load.LoadOptions;
import org.openbudget.seeds.load.LoadPlan;
import org.openbudget.seeds.load.LoadPlanner;
import org.openbudget.seeds.load.PublicationDates;
import org.openbudget.seeds.load.RestLoader;
import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.UnknownLayoutException;
import org.openbudget.seeds.parse.Warning;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.read.UnreadableDocumentException;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One document of a batch, start to end: read, parse, plan, and (unless --parse-only) load and publish. Whatever
 * goes wrong — an unreadable file, an unknown layout, a refused request, a bug of the parser — ends this document
 * as failed and never the batch. Its request lines and warnings go to its own streams, printed together when it is
 * done, so that documents loaded side by side do not interleave their lines.
 */
public final class DocumentJob {

    /** What every document of a run shares. */
    public record Settings(LoadOptions options, boolean parseOnly, boolean publish, LocalDate approvedOn,
                           LocalDate publishedOn, LocalDate today, Map<String, String> env, HttpPort http) {
    }

    /**
     * Turns a document into the text the parser reads (PDF, XLSX, HTML or text): the importer's
     * {@link org.openbudget.seeds.read.DocumentReader}, whose refusals name the file and what to do.
     */
    @FunctionalInterface
    public interface TextReader {
        SourceText read(Input input) throws IOException;
    }

    private final Settings settings;
    private final TextReader reader;
    /** Which input loads each department-year of this batch, and which printed name each --dept code stands for. */
    private final ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> departmentLocks = new ConcurrentHashMap<>();
    /** The year of the document whose department PUT last succeeded, per department. */
    private final ConcurrentMap<String, Integer> departmentWrittenFrom = new ConcurrentHashMap<>();

    public DocumentJob(Settings settings, TextReader reader) {
        this.settings = settings;
        this.reader = reader;
    }

    public DocumentResult run(Input input, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Outcome o = new Outcome(input.name());
        try {
            work(input, o, out, err);
        } catch (RuntimeException e) {
            // a bug of the parser or planner on an unforeseen document: this document fails, the batch goes on
            o.fail(2, "internal error on " + input.name() + ": " + e);
            err.println("load: " + input.name() + ": internal error: " + e);
        }
        return o.result((System.nanoTime() - start) / 1_000_000);
    }

    private void work(Input input, Outcome o, PrintStream out, PrintStream err) {
        DisclosureDocument doc;
        try {
            doc = DocumentParser.parse(reader.read(input));
        } catch (IOException e) {
            err.println("load: cannot read " + input.name() + ": " + e.getMessage());
            o.fail(2, "cannot read: " + e.getMessage());
            return;
        } catch (UnreadableDocumentException e) {
            // the reader's message starts with the file's short name; the batch names the whole input (archive!/entry)
            String prefix = e.document() + ": ";
            String why = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            err.println("load: cannot read " + input.name() + ": " + why);
            o.fail(2, "cannot read: " + why);
            return;
        } catch (UnknownLayoutException e) {
            err.println("load: " + e.getMessage());
            o.fail(2, e.getMessage());
            return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the readers' refusals (an image-only PDF, a workbook too large …) name the document and what to do
            err.println("load: " + input.name() + ": " + e.getMessage());
            o.fail(2, e.getMessage());
            return;
        }
        o.document(doc);
        warnings(err, input, "parse", doc.warnings());
        // as the parser counts them: what was not taken or disagrees is an error, how a reading was made a warning
        List<Warning> parseErrors = doc.errors();
        o.warnings += doc.warnings().size() - parseErrors.size();
        parseErrors.forEach(w -> o.errors.add("line " + w.line() + ": " + w.kind().id() + ": " + w.message()));
        LoadOptions opts = settings.options();
        try {
            if (!settings.parseOnly() && opts.region() == null) {
                String code = opts.department() != null ? opts.department() : doc.departmentCode();
                if (code == null) {
                    code = opts.codes().code(doc.departmentName()).orElse(null);
                }
                Optional<DepartmentBody.Region> existing = code == null ? Optional.empty()
                        : new RestLoader(settings.http(), settings.env(), out).existingRegion(code);
                if (existing.isEmpty() && code != null) {
                    throw new IllegalArgumentException("department " + code + " does not exist yet and no layout prints "
                            + "its county: give --region CODE:NAME");
                }
                opts = existing.map(opts::withRegion).orElse(opts);
            }
            LoadPlan plan = LoadPlanner.plan(doc, opts);
            o.department = plan.department();
            o.year = plan.year();
            Warnings dateWarnings = new Warnings();
            PublicationDates dates = settings.publish()
                    ? PublicationDates.resolve(plan.year(), doc.approvedOn(), doc.publishedOn(), settings.approvedOn(),
                    settings.publishedOn(),
                    settings.today(), dateWarnings)
                    : PublicationDates.now();
            List<Warning> loadWarnings = new ArrayList<>(plan.warnings());
            loadWarnings.addAll(dateWarnings.list());
            warnings(err, input, "load", loadWarnings);
            o.warnings += loadWarnings.size();
            if (settings.parseOnly()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("document", doc);
                result.put("load", plan);
                o.parsed = result;
                o.outcome = "parsed";
                return;
            }
            claim(input, doc, plan);
            // one department's documents one after another: two PUTs of a new department side by side would both try
            // to create it, and its profile would be whichever came last
            synchronized (departmentLocks.computeIfAbsent(plan.department(), d -> new Object())) {
                send(input, doc, plan, dates, o, out);
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("load: " + input.name() + ": " + e.getMessage());
            if (settings.parseOnly()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("document", doc);
                result.put("loadError", e.getMessage());
                o.parsed = result;
            }
            o.fail(2, e.getMessage());
        }
    }

    /** Loads (and publishes) one planned document; the caller holds its department's lock. */
    private void send(Input input, DisclosureDocument doc, LoadPlan plan, PublicationDates dates, Outcome o,
                      PrintStream out) throws IOException {
        RestLoader loader = new RestLoader(settings.http(), settings.env(), out);
        if (settings.publish() && loader.budgetStatus(plan.department(), plan.year()).filter("published"::equals).isPresent()) {
            out.println(input.name() + ": department " + plan.department() + ", year " + plan.year()
                    + " is already published: left as it is");
            o.outcome = "unchanged";
            return;
        }
        out.println("loading " + input.name() + " (" + doc.layout().id() + " layout, " + doc.departmentName()
                + ") as department " + plan.department() + ", year " + plan.year() + ":");
        LoadPlan sent = plan;
        Integer written = departmentWrittenFrom.get(plan.department());
        boolean writesDepartment = written == null || written <= plan.year();
        if (!writesDepartment) {
            // the latest year's document gives the department its profile, whichever order the batch ran in
            sent = new LoadPlan(plan.department(), plan.year(), plan.calls().stream()
                    .filter(c -> !c.path().equals("/api/v1/departments/" + plan.department())).toList(), plan.warnings());
            out.println("  the department keeps the profile of its " + written + " document of this batch");
        }
        List<RestLoader.Outcome> outcomes = new ArrayList<>(loader.load(sent));
        if (writesDepartment && !outcomes.isEmpty() && outcomes.get(0).ok()) {
            departmentWrittenFrom.merge(plan.department(), plan.year(), Math::max);
        }
        int planned = sent.calls().size();
        boolean published = false;
        if (settings.publish() && outcomes.size() == planned && outcomes.stream().allMatch(RestLoader.Outcome::ok)) {
            List<RestLoader.Outcome> steps = loader.publish(plan, dates);
            planned += steps.size();
            outcomes.addAll(steps);
            published = true;
        }
        long failed = outcomes.stream().filter(x -> !x.ok()).count();
        o.requests = (int) (outcomes.size() - failed);
        o.planned = planned;
        for (RestLoader.Outcome x : outcomes) {
            if (!x.ok()) {
                o.errors.add(x.call().method() + " " + x.call().path() + " → " + (x.status() == 0 ? "failed" : x.status())
                        + ": " + x.detail());
            }
        }
        if (failed > 0 || outcomes.size() < planned) {
            o.status = Math.max(o.status, 1);
            if (o.errors.isEmpty()) {
                o.errors.add((planned - outcomes.size()) + " requests not sent");
            }
            o.outcome = "failed";
        } else {
            o.outcome = published ? "published" : "loaded";
        }
        out.println("  " + (outcomes.size() - failed) + " of " + planned + " requests succeeded");
    }

    /**
     * Two documents of one batch must not load the same department-year: side by side, whichever came last would
     * replace the other (and a --publish could meet the other's half-done workflow). Nor may one --dept code stand for
     * two departments' documents, whose profiles would overwrite each other. The first to claim keeps it; the other
     * fails, naming both.
     */
    private void claim(Input input, DisclosureDocument doc, LoadPlan plan) {
        String given = settings.options().department();
        if (given != null && doc.departmentName() != null) {
            String name = DepartmentCodes.key(doc.departmentName());
            String before = claims.putIfAbsent("dept " + given, name + "\n" + doc.departmentName() + "\n" + input.name());
            if (before != null && !before.startsWith(name + "\n")) {
                String[] other = before.split("\n", 3);
                throw new IllegalArgumentException("--dept " + given + " is given for documents of two departments ("
                        + other[1] + " in " + other[2] + ", " + doc.departmentName() + " here): give each its code with "
                        + "--departments FILE; not loaded");
            }
        }
        String key = plan.department() + "/" + plan.year();
        String other = claims.putIfAbsent("year " + key, input.name());
        if (other != null && !other.equals(input.name())) {
            throw new IllegalArgumentException("another document of this batch, " + other + ", is department-year " + key
                    + " too: loaded once, from that one; not loaded");
        }
    }

    private static void warnings(PrintStream err, Input input, String stage, List<Warning> warnings) {
        for (Warning w : warnings) {
            err.println(input.shortName() + ":" + (w.line() > 0 ? w.line() : "-") + ": " + stage + " " + w.kind().id()
                    + ": " + w.message());
        }
    }

    /** The result being gathered. */
    private static final class Outcome {
        final String name;
        String outcome = "failed";
        String layout;
        String department;
        Integer year;
        int tables;
        int rows;
        int warnings;
        final List<String> errors = new ArrayList<>();
        int requests;
        int planned;
        int status;
        Object parsed;

        Outcome(String name) {
            this.name = name;
        }

        void document(DisclosureDocument doc) {
            layout = doc.layout().id();
            department = doc.departmentCode();
            year = doc.year();
            tables = doc.tablesFound();
            rows = doc.rowCount();
        }

        void fail(int exit, String message) {
            status = Math.max(status, exit);
            errors.add(message == null ? "(no message)" : message);
            outcome = "failed";
        }

        DocumentResult result(long millis) {
            return new DocumentResult(name, outcome, layout, department, year, tables, rows, warnings, errors, requests,
                    planned, millis, status, parsed);
        }
    }
}
