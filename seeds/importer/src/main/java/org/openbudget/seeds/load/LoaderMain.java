package org.openbudget.seeds.load;

import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.load.batch.Batch;
import org.openbudget.seeds.load.batch.BatchReport;
import org.openbudget.seeds.load.batch.DocumentJob;
import org.openbudget.seeds.load.batch.DocumentResult;
import org.openbudget.seeds.load.batch.Input;
import org.openbudget.seeds.load.batch.Inputs;
import org.openbudget.seeds.load.batch.Progress;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.read.DocumentReader;
import org.openbudget.seeds.read.ReadLimits;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy/local/load [options] DIR|ZIP|FILE…}: parses published disclosures and loads them through the
 * services' REST APIs (base URLs from BUDGET_URL, PERFORMANCE_URL, ASSET_URL), many side by side. With
 * {@code --parse-only} it prints the structured result — the document as parsed and the requests it would send — as
 * JSON on stdout, and loads nothing. Warnings go to stderr either way; one summary line per document, a JSON report.
 * Exit status: 0 every document done, 1 a request was refused, 2 a document could not be read, recognised or planned.
 */
public final class LoaderMain {

    static final String USAGE = """
            usage: deploy/local/load [options] DIR|ZIP|FILE...
              FILE           a published 部门预算 disclosure: PDF, XLSX (the template's form), HTML or text (Hebei
                             tab-separated, Shanghai pdftotext -layout); DIR: its documents, subdirectories too;
                             ZIP: the documents inside, read in memory
              --parse-only   print the parsed documents and the requests as JSON; load nothing; a missing department
                             code is reported, never a failure
              --publish      take what was loaded through submit, approve and publish, as the document was
                             published (a department-year already published is left as it is)
              --published-on DATE  the day a document was published (公开), where it prints none; required with
                             --publish for a budget of a past year (history is never published "today")
              --approved-on DATE   the day it was approved (批复); default: the publication day
              --dept CODE    department code (a document that prints none, e.g. Shanghai)
              --departments FILE   CSV of department names and codes, for documents that print no code
              --year YYYY    budget year (default: as printed)
              --region CODE:NAME  the county, e.g. 130127:高邑县 (default: the existing department's)
              --jobs N       documents loaded side by side (default: the number of cores)
              --report FILE  the JSON report (default: load-report-TIME.json in OPENBUDGET_LOAD_REPORTS or the
                             temporary directory; deploy/local/load: .local-stack/logs)
            services: BUDGET_URL (http://127.0.0.1:8081), PERFORMANCE_URL (:8082), ASSET_URL (:8083)
            sign-in: OPENBUDGET_ISSUER, OPENBUDGET_CLIENT_ID, OPENBUDGET_CLIENT_SECRET (client credentials of a
                     client with the editor role — and reviewer for --publish, admin for --published-on — for the
                     departments loaded)""";

    /** The budget's calendar: approval and publication days are days in China. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LoaderMain() {
    }

    public static void main(String[] args) {
        HttpPort http;
        try {
            http = HttpPort.jdk(org.openbudget.seeds.auth.ClientToken.fromEnv(System.getenv()).orElse(null));
        } catch (IllegalArgumentException e) {
            utf8(System.err).println("load: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(args, System.getenv(), http, utf8(System.out), utf8(System.err)));
    }

    /** The command line as read. */
    private static final class Args {
        boolean parseOnly;
        boolean publish;
        String dept;
        Integer year;
        DepartmentBody.Region region;
        DepartmentCodes codes = DepartmentCodes.none();
        LocalDate approvedOn;
        LocalDate publishedOn;
        Integer jobs;
        Path report;
        final List<Path> files = new ArrayList<>();
        boolean help;
    }

    public static int run(String[] args, Map<String, String> env, HttpPort http, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = parse(args);
            if (a.help) {
                out.println(USAGE);
                return 0;
            }
        } catch (IllegalArgumentException e) {
            err.println("load: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Instant started = Instant.now();
        ReadLimits limits = ReadLimits.standard();
        Inputs.Listing listing = Inputs.list(a.files, new Inputs.Limits(limits.maxBytes(), Inputs.Limits.standard().maxArchiveBytes()));
        listing.notes().forEach(n -> err.println("load: " + n));
        listing.refused().forEach(n -> err.println("load: " + n));

        LoadOptions options = new LoadOptions(a.dept, a.year, a.region, a.codes, a.parseOnly);
        DocumentJob.Settings settings = new DocumentJob.Settings(options, a.parseOnly, a.publish, a.approvedOn,
                a.publishedOn, LocalDate.now(ZONE), env, http);
        int jobs = a.jobs != null ? a.jobs : Runtime.getRuntime().availableProcessors();
        List<Input> inputs = listing.inputs();
        Progress progress = new Progress(err, inputs.size(), "1".equals(env.get("OPENBUDGET_LOAD_TTY")));
        PrintStream summaries = a.parseOnly ? err : out;
        List<DocumentResult> results = new Batch(new DocumentJob(settings, LoaderMain::text), jobs)
                .run(inputs, out, err, summaries, progress);

        int status = listing.refused().isEmpty() ? 0 : 2;
        for (DocumentResult r : results) {
            status = Math.max(status, r.status());
        }
        if (a.parseOnly) {
            List<Object> parsed = results.stream().map(DocumentResult::parsed).filter(p -> p != null).toList();
            if (!parsed.isEmpty()) {
                out.println(Json.pretty(parsed.size() == 1 && inputs.size() == 1 ? parsed.get(0) : parsed));
            }
        }
        Instant finished = Instant.now();
        double seconds = Math.max(1, java.time.Duration.between(started, finished).toMillis()) / 1000.0;
        long failed = results.stream().filter(DocumentResult::failed).count() + listing.refused().size();
        BatchReport report = new BatchReport(started, finished, seconds, Math.round(results.size() / seconds * 100) / 100.0,
                Math.min(jobs, Math.max(1, inputs.size())), List.of(args), results.size(), (int) failed, status, results,
                listing.notes(), listing.refused());
        Path file = a.report != null ? a.report : defaultReport(env, started);
        try {
            report.write(file);
        } catch (IOException e) {
            err.println("load: cannot write the report " + file + ": " + e.getMessage());
        }
        summaries.println("load: " + results.size() + " documents, " + failed + " failed, "
                + String.format(java.util.Locale.ROOT, "%.1f s", seconds) + "; report: " + file);
        return status;
    }

    /**
     * A document's text, whatever its format: a file is read by the importer's reader (its size checked before it is
     * read), an archive entry from the bytes already in memory.
     */
    private static SourceText text(Input input) {
        return input.file() != null ? DocumentReader.read(input.file())
                : DocumentReader.read(input.shortName(), input.bytes());
    }

    private static Path defaultReport(Map<String, String> env, Instant started) {
        String dir = env.get("OPENBUDGET_LOAD_REPORTS");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"));
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZONE).format(started);
        return base.resolve("load-report-" + stamp + ".json");
    }

    private static Args parse(String[] args) {
        Args a = new Args();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parse-only" -> a.parseOnly = true;
                case "--publish" -> a.publish = true;
                case "--dept" -> a.dept = value(args, ++i, "--dept");
                case "--year" -> a.year = number(value(args, ++i, "--year"), "--year");
                case "--region" -> a.region = region(value(args, ++i, "--region"));
                case "--departments" -> a.codes = codes(value(args, ++i, "--departments"));
                case "--published-on" -> a.publishedOn = date(value(args, ++i, "--published-on"), "--published-on");
                case "--approved-on" -> a.approvedOn = date(value(args, ++i, "--approved-on"), "--approved-on");
                case "--jobs" -> {
                    a.jobs = number(value(args, ++i, "--jobs"), "--jobs");
                    if (a.jobs < 1 || a.jobs > 256) {
                        throw new IllegalArgumentException("--jobs must be 1 to 256");
                    }
                }
                case "--report" -> a.report = Path.of(value(args, ++i, "--report"));
                case "-h", "--help" -> a.help = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    a.files.add(Path.of(args[i]));
                }
            }
        }
        if (a.help) {
            return a;
        }
        if (a.files.isEmpty()) {
            throw new IllegalArgumentException("no FILE given");
        }
        if ((a.publishedOn != null || a.approvedOn != null) && !a.publish) {
            throw new IllegalArgumentException("--published-on and --approved-on go with --publish");
        }
        return a;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not \"" + value + "\"");
        }
    }

    private static LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a day as YYYY-MM-DD, not \"" + value + "\"");
        }
    }

    private static DepartmentCodes codes(String file) {
        try {
            return DepartmentCodes.read(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("--departments " + file + ": cannot read: " + e.getMessage());
        }
    }

    static DepartmentBody.Region region(String value) {
        int colon = value.indexOf(':');
        if (colon < 0 || !value.substring(0, colon).matches("\\d{6}") || value.substring(colon + 1).isBlank()) {
            throw new IllegalArgumentException("--region must be CODE:NAME with a 6-digit code, e.g. 130127:高邑县");
        }
        return new DepartmentBody.Region(value.substring(0, colon), value.substring(colon + 1).strip());
    }

    private static PrintStream utf8(PrintStream s) {
        return new PrintStream(new java.io.FileOutputStream(s == System.out ? java.io.FileDescriptor.out : java.io.FileDescriptor.err),
                true, StandardCharsets.UTF_8);
    }
}
