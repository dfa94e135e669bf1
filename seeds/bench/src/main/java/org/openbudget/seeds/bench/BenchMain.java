package org.openbudget.seeds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbudget.seeds.load.Json;

/**
 * {@code deploy/local/bench}: measures the running local stack (loopback only) with a synthetic province — ingest
 * through the single-item REST APIs and through the bulk API beside raw JDBC batches of the same rows, freshness of
 * the roll-up under each ingest beside Kafka's own round trip, how long until the whole province is in the
 * roll-ups, dashboard latency at a fixed request rate (the province also while it changes), document and
 * county-bundle generation, the services' memory, and each service's start-up to ready alone — and ends with issue
 * 16's target table (measured, target, ratio, verdict). {@code --profile} records a JFR of every service during each
 * ingest. Every loop is bounded. See BENCHMARKS.md.
 */
public final class BenchMain {

    private static final String USAGE = "usage: bench [--counties N] [--departments M] [--seed S] [--concurrency C] [--year Y]"
            + " [--probe-interval-ms P] [--rate R] [--bulk-items B] [--ingest rest,bulk] [--profile]"
            + " [--skip startup,documents,signin,raw]"
            + " (--ingest none: measure an existing --year, e.g. the dashboard over a province loaded before)";

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new LinkedHashMap<>(Map.of("counties", 4, "departments", 50, "seed", 1, "concurrency", 8,
                "year", 2031, "probe-interval-ms", 250, "rate", 100, "bulk-items", 100));
        Path root = Path.of(".");
        Set<String> ingests = new LinkedHashSet<>(List.of("rest", "bulk"));
        boolean profile = false;
        Set<String> skip = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root") && i + 1 < args.length) {
                root = Path.of(args[++i]);
            } else if (args[i].equals("--profile")) {
                profile = true;
            } else if (args[i].equals("--skip") && i + 1 < args.length) {
                skip = new LinkedHashSet<>(List.of(args[++i].split(",")));
                if (!Set.of("startup", "documents", "signin", "raw").containsAll(skip)) {
                    usage();
                }
            } else if (args[i].equals("--ingest") && i + 1 < args.length) {
                ingests = new LinkedHashSet<>(List.of(args[++i].split(",")));
                ingests.remove("none");
                if (!Set.of("rest", "bulk").containsAll(ingests)) {
                    usage();
                }
            } else if (args[i].startsWith("--") && o.containsKey(args[i].substring(2)) && i + 1 < args.length) {
                o.put(args[i].substring(2), Integer.parseInt(args[++i]));
            } else {
                usage();
            }
        }
        if (o.get("counties") < 1 || o.get("counties") > 2500 || o.get("departments") < 1 || o.get("departments") > 999
                || o.get("concurrency") < 1 || o.get("concurrency") > 256 || o.get("probe-interval-ms") < 10 || o.get("rate") < 1
                || o.get("bulk-items") < 1 || o.get("bulk-items") > 500) {
            System.err.println("bench: counties 1–2500, departments 1–999, concurrency 1–256, probe interval ≥ 10 ms, rate ≥ 1,"
                    + " bulk items 1–500");
            System.exit(2);
        }
        new BenchMain().run(root, o, ingests, profile, skip);
        System.exit(0);
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }

    private void run(Path root, Map<String, Integer> o, Set<String> ingests, boolean profile, Set<String> skip) throws Exception {
        Endpoints at = Endpoints.fromEnvironment();
        Http http = new Http();
        Report report = new Report();
        int year = o.get("year");
        int concurrency = o.get("concurrency");
        Catalog catalog = Catalog.shipped(year);
        ProvinceGenerator generator = new ProvinceGenerator(catalog, o.get("seed"));
        List<DepartmentYear> province = generator.province(o.get("counties"), o.get("departments"), year);
        long rows = province.stream().mapToLong(DepartmentYear::rows).sum();
        report.put("startedAt", Instant.now().toString());
        report.put("parameters", o);
        report.put("ingests", ingests);
        report.put("skipped", skip);
        report.put("departmentYears", province.size());
        report.put("rows", rows);
        report.line("synthetic province", String.format("%d department-years (%d counties × %d), %d rows, seed %d, year %d",
                province.size(), o.get("counties"), o.get("departments"), rows, o.get("seed"), year));
        Profiles profiles = profile ? new Profiles(root) : null;

        if (ingests.contains("rest")) {
            stage(report, "ingest single PUTs", () -> ingest(at, http, generator, province, o, new KafkaRoundTrip(at.kafka(), 1000),
                    "ingest", "ingest single PUTs (c=" + concurrency + ", 5 PUTs each)", IngestBench.singlePuts(at, http),
                    "provinceVisible", profiles, "rest", report));
        }
        if (ingests.contains("bulk")) {
            stage(report, "ingest bulk API", () -> bulkIngest(at, http, generator, o, ingests, profiles, report));
        }
        if (!skip.contains("raw")) {
            stage(report, "raw limit", () -> new RawJdbcLimit().run(province, concurrency, report));
        }
        if (!skip.contains("signin")) {
            stage(report, "token verification cost", () -> new SignInCost(at, http).run(province.get(0).code(), concurrency, 2_000, 3, report));
        }
        stage(report, "dashboard", () -> new DashboardBench(at, http, generator).run(ProvinceGenerator.regionCode(0), year, o.get("rate"), 3, report));
        // what the services hold before any document is rendered: the intake's own footprint (issue 16 asks whether
        // rendering must leave the process)
        stage(report, "footprint before documents", () -> Footprint.measure(root, report, "footprintBeforeDocuments", "RSS before documents: "));
        if (!skip.contains("documents")) {
            DocumentBench documents = new DocumentBench(at, http);
            stage(report, "documents", () -> documents.departments(province, year, 5, report));
            stage(report, "county bundle", () -> documents.countyBundle(ProvinceGenerator.regionCode(0), year, report));
        }
        stage(report, "footprint", () -> Footprint.measure(root, report));
        if (!skip.contains("startup")) {
            Map<String, String> ready = new LinkedHashMap<>();
            ready.put("budget-service", at.budget() + "/q/health/ready");
            ready.put("performance-service", at.performance() + "/q/health/ready");
            ready.put("asset-service", at.asset() + "/q/health/ready");
            ready.put("aggregation-service", at.aggregation() + "/q/health/ready");
            stage(report, "start-up", () -> new StartupBench(root, http).measure(ready, report));
        }
        new Targets(report, province.size()).summarise();

        Path out = root.resolve(".local-stack/bench/latest.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(report.json) + "\n");
        System.out.println();
        report.lines.forEach(System.out::println);
        System.out.println("\nJSON: " + out);
    }

    /** The bulk ingest, in its own year (the next one when the single PUTs ran), so that it creates department-years too. */
    private static void bulkIngest(Endpoints at, Http http, ProvinceGenerator generator, Map<String, Integer> o, Set<String> ingests,
                                   Profiles profiles, Report report) throws Exception {
        int concurrency = o.get("concurrency");
        int bulkYear = ingests.contains("rest") ? o.get("year") + 1 : o.get("year");
        List<DepartmentYear> bulkProvince = generator.province(o.get("counties"), o.get("departments"), bulkYear);
        int items = Math.max(1, Math.min(o.get("bulk-items"), (bulkProvince.size() + concurrency - 1) / concurrency));
        BulkWriter bulk = BulkWriter.detect(at, http, items);
        report.put("bulkAvailability", bulk.availability());
        if (bulk.anyAvailable()) {
            ingest(at, http, generator, bulkProvince, o, null, "bulkIngest", "ingest bulk API (c=" + concurrency + ", " + items
                    + " dept-years a request), year " + bulkYear, bulk, "bulkProvinceVisible", profiles, "bulk", report);
            report.line("  bulk API", bulk.describe());
        } else {
            report.put("bulkNotMeasured", bulk.describe());
            report.line("ingest bulk API", "not available: POST " + BulkWriter.PATH + " answers 404/405 at every owner service");
        }
    }

    private interface Stage {
        void run() throws Exception;
    }

    /** One part of the run; a failure is reported and the run goes on with the next part. */
    private static void stage(Report report, String name, Stage stage) {
        try {
            stage.run();
        } catch (Exception e) {
            report.put("failed " + name, e.toString());
            report.line(name, "FAILED: " + e);
        }
    }

    /** One ingest with its freshness probes, then (for a year that had no data) until the province roll-up holds it. */
    private static void ingest(Endpoints at, Http http, ProvinceGenerator generator, List<DepartmentYear> province,
                               Map<String, Integer> o, KafkaRoundTrip kafka, String key, String label, IngestBench.Writer writer,
                               String visibleKey, Profiles profiles, String phase, Report report) throws Exception {
        int year = province.get(0).year();
        int before = departmentsInRollup(at, http, year);
        if (profiles != null) {
            profiles.start(phase);
        }
        long ingestStart = System.nanoTime();
        int probes = new IngestBench(at, http, generator, year).run(province, o.get("concurrency"), o.get("probe-interval-ms"),
                kafka, key, label, writer, report);
        if (profiles != null) {
            profiles.stop(phase, report);
        }
        String visibleLabel = "  whole province " + year + " in the roll-up";
        if (before == 0) {
            CatchUp.await(at, http, year, province.size() + probes, ingestStart, visibleKey, visibleLabel, report);
        } else {
            report.line(visibleLabel, "not measured: year " + year + " already had " + before
                    + " departments (use a new --year)");
        }
    }

    private static int departmentsInRollup(Endpoints at, Http http, int year) throws Exception {
        Matcher m = Pattern.compile("\"rowCount\"\\s*:\\s*(\\d+)").matcher(http.get(at.aggregation() + "/api/v1/rollups/" + year
                + "?region=" + ProvinceGenerator.PROVINCE + "&drilldown=department&pageSize=1"));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
