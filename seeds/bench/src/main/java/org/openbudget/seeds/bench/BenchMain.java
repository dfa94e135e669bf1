package org.openbudget.seeds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbudget.seeds.load.Json;

/**
 * {@code deploy/local/bench}: measures the running local stack (loopback only) with a synthetic province — ingest
 * through the REST APIs beside raw JDBC batches of the same rows, freshness of the roll-up under that ingest beside
 * Kafka's own round trip, how long until the whole province is in the roll-ups, dashboard latency at a fixed
 * request rate, document and county-bundle generation, the services' memory and start-up. Every loop is bounded.
 * See BENCHMARKS.md.
 */
public final class BenchMain {

    private static final String USAGE = "usage: bench [--counties N] [--departments M] [--seed S] [--concurrency C] [--year Y]"
            + " [--probe-interval-ms P] [--rate R]";

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new LinkedHashMap<>(Map.of("counties", 4, "departments", 50, "seed", 1, "concurrency", 8,
                "year", 2031, "probe-interval-ms", 250, "rate", 100));
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root") && i + 1 < args.length) {
                root = Path.of(args[++i]);
            } else if (args[i].startsWith("--") && o.containsKey(args[i].substring(2)) && i + 1 < args.length) {
                o.put(args[i].substring(2), Integer.parseInt(args[++i]));
            } else {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        if (o.get("counties") < 1 || o.get("counties") > 2500 || o.get("departments") < 1 || o.get("departments") > 999
                || o.get("concurrency") < 1 || o.get("concurrency") > 256 || o.get("probe-interval-ms") < 10 || o.get("rate") < 1) {
            System.err.println("bench: counties 1–2500, departments 1–999, concurrency 1–256, probe interval ≥ 10 ms, rate ≥ 1");
            System.exit(2);
        }
        new BenchMain().run(root, o);
        System.exit(0);
    }

    private void run(Path root, Map<String, Integer> o) throws Exception {
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
        report.put("departmentYears", province.size());
        report.put("rows", rows);
        report.line("synthetic province", String.format("%d department-years (%d counties × %d), %d rows, seed %d, year %d",
                province.size(), o.get("counties"), o.get("departments"), rows, o.get("seed"), year));
        int before = departmentsInRollup(at, http, year);

        long ingestStart = System.nanoTime();
        int probes = new IngestBench(at, http, generator, year).run(province, concurrency, o.get("probe-interval-ms"),
                new KafkaRoundTrip(at.kafka(), 1000), report);
        if (before == 0) {
            CatchUp.await(at, http, year, province.size() + probes, ingestStart, report);
        } else {
            report.line("whole province in the roll-up", "not measured: year " + year + " already had " + before
                    + " departments (use a new --year)");
        }
        new RawJdbcLimit().run(province, concurrency, report);
        new SignInCost(at, http).run(province.get(0).code(), concurrency, 2_000, 3, report);
        new DashboardBench(at, http).run(ProvinceGenerator.regionCode(0), year, o.get("rate"), 3, report);
        DocumentBench documents = new DocumentBench(at, http);
        documents.departments(province, year, 5, report);
        documents.countyBundle(ProvinceGenerator.regionCode(0), year, report);
        Footprint.measure(root, report);

        Path out = root.resolve(".local-stack/bench/latest.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(report.json) + "\n");
        System.out.println();
        report.lines.forEach(System.out::println);
        System.out.println("\nJSON: " + out);
    }

    private static int departmentsInRollup(Endpoints at, Http http, int year) throws Exception {
        Matcher m = Pattern.compile("\"rowCount\"\\s*:\\s*(\\d+)").matcher(http.get(at.aggregation() + "/api/v1/rollups/" + year
                + "?region=" + ProvinceGenerator.PROVINCE + "&drilldown=department&pageSize=1"));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
