package org.openbudget.seeds.load;

import org.openbudget.seeds.load.api.DepartmentBody;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.UnknownLayoutException;
import org.openbudget.seeds.parse.Warning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy/local/load [--parse-only] [--dept CODE] [--year YYYY] [--region CODE:NAME] FILE…}: parses
 * published disclosure texts and loads them through the services' REST APIs (base URLs from BUDGET_URL,
 * PERFORMANCE_URL, ASSET_URL). With {@code --parse-only} it prints the structured result — the document
 * as parsed and the requests it would send — as JSON on stdout, and loads nothing. The warnings go to
 * stderr either way. Exit status: 0 done, 1 a request failed, 2 a document could not be read or planned.
 */
public final class LoaderMain {

    static final String USAGE = """
            usage: deploy/local/load [--parse-only] [--publish] [--dept CODE] [--year YYYY] [--region CODE:NAME] FILE...
              FILE           a published 部门预算 disclosure as text (Hebei tab-separated or Shanghai pdftotext -layout)
              --parse-only   print the parsed document and the requests as JSON; load nothing
              --publish      take what was loaded through submit, approve and publish, as the document was
                             published (a department-year already published is left as it is)
              --dept CODE    department code (required when the document prints none, e.g. Shanghai)
              --year YYYY    budget year (default: as printed)
              --region CODE:NAME  the county, e.g. 130127:高邑县 (default: the existing department's)
            services: BUDGET_URL (http://127.0.0.1:8081), PERFORMANCE_URL (:8082), ASSET_URL (:8083)
            sign-in: OPENBUDGET_ISSUER, OPENBUDGET_CLIENT_ID, OPENBUDGET_CLIENT_SECRET (client credentials of a
                     client with the editor role — and reviewer for --publish — for the departments loaded)""";

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

    public static int run(String[] args, Map<String, String> env, HttpPort http, PrintStream out, PrintStream err) {
        boolean parseOnly = false;
        boolean publish = false;
        String dept = null;
        Integer year = null;
        DepartmentBody.Region region = null;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--parse-only" -> parseOnly = true;
                    case "--publish" -> publish = true;
                    case "--dept" -> dept = value(args, ++i, "--dept");
                    case "--year" -> year = Integer.valueOf(value(args, ++i, "--year"));
                    case "--region" -> region = region(value(args, ++i, "--region"));
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no FILE given");
            }
        } catch (IllegalArgumentException e) {
            err.println("load: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        LoadOptions options = new LoadOptions(dept, year, region);
        RestLoader loader = new RestLoader(http, env, out);
        int status = 0;
        List<Object> results = new ArrayList<>();
        for (Path file : files) {
            DisclosureDocument doc;
            try {
                doc = DocumentParser.parse(SourceText.read(file));
            } catch (IOException e) {
                err.println("load: cannot read " + file + ": " + e.getMessage());
                status = 2;
                continue;
            } catch (UnknownLayoutException e) {
                err.println("load: " + e.getMessage());
                status = 2;
                continue;
            }
            printWarnings(err, file, "parse", doc.warnings());
            LoadOptions opts = options;
            try {
                if (!parseOnly && opts.region() == null) {
                    String code = opts.department() != null ? opts.department() : doc.departmentCode();
                    Optional<DepartmentBody.Region> existing = code == null ? Optional.empty() : loader.existingRegion(code);
                    if (existing.isEmpty()) {
                        throw new IllegalArgumentException("department " + code + " does not exist yet and no layout prints its "
                                + "county: give --region CODE:NAME");
                    }
                    opts = opts.withRegion(existing.get());
                }
                LoadPlan plan = LoadPlanner.plan(doc, opts);
                printWarnings(err, file, "load", plan.warnings());
                if (parseOnly) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("document", doc);
                    result.put("load", plan);
                    results.add(result);
                    continue;
                }
                if (publish && loader.budgetStatus(plan.department(), plan.year()).filter("published"::equals).isPresent()) {
                    out.println(file + ": department " + plan.department() + ", year " + plan.year()
                            + " is already published: left as it is");
                    continue;
                }
                out.println("loading " + file + " (" + doc.layout().id() + " layout, " + doc.departmentName() + ") as department "
                        + plan.department() + ", year " + plan.year() + ":");
                List<RestLoader.Outcome> outcomes = new ArrayList<>(loader.load(plan));
                int planned = plan.calls().size();
                if (publish && outcomes.size() == planned && outcomes.stream().allMatch(RestLoader.Outcome::ok)) {
                    List<RestLoader.Outcome> steps = loader.publish(plan);
                    planned += steps.size();
                    outcomes.addAll(steps);
                }
                long failed = outcomes.stream().filter(o -> !o.ok()).count();
                if (failed > 0 || outcomes.size() < planned) {
                    status = Math.max(status, 1);
                }
                out.println("  " + (outcomes.size() - failed) + " of " + planned + " requests succeeded");
            } catch (IllegalArgumentException | IOException e) {
                err.println("load: " + file + ": " + e.getMessage());
                if (parseOnly) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("document", doc);
                    result.put("loadError", e.getMessage());
                    results.add(result);
                }
                status = 2;
            }
        }
        if (parseOnly && !results.isEmpty()) {
            out.println(Json.pretty(results.size() == 1 ? results.get(0) : results));
        }
        return status;
    }

    private static void printWarnings(PrintStream err, Path file, String stage, List<Warning> warnings) {
        for (Warning w : warnings) {
            err.println(file.getFileName() + ":" + (w.line() > 0 ? w.line() : "-") + ": " + stage + " " + w.kind().id()
                    + ": " + w.message());
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
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
