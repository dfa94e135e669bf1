package org.openbudget.seeds.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbudget.seeds.json.Json;
import org.openbudget.seeds.load.api.BudgetBody;

/**
 * {@code deploy/local/bench}: measures the running local stack (loopback only) with a synthetic province —
 * ingest through the REST APIs beside a raw COPY of the same rows, freshness of the roll-up after a write,
 * dashboard latency at a fixed request rate, document generation and the services' RSS. Every loop is bounded.
 */
public final class BenchMain {

    private static final String BUDGET = System.getenv().getOrDefault("BUDGET_URL", "http://127.0.0.1:8081");
    private static final String AGGREGATION = System.getenv().getOrDefault("AGGREGATION_URL", "http://127.0.0.1:8084");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<String> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int counties = 2, departments = 20, concurrency = 8, year = 2031;
        long seed = 1;
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--counties" -> counties = Integer.parseInt(args[++i]);
                case "--departments" -> departments = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--year" -> year = Integer.parseInt(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: bench [--counties N] [--departments M] [--seed S] [--concurrency C] [--year Y]");
                    System.exit(2);
                }
            }
        }
        if (counties < 1 || counties > 2500 || departments < 1 || departments > 999 || concurrency < 1 || concurrency > 256) {
            System.err.println("bench: counties 1–2500, departments 1–999, concurrency 1–256");
            System.exit(2);
        }
        new BenchMain().run(root, counties, departments, seed, concurrency, year);
        System.exit(0);
    }

    private void run(Path root, int counties, int departments, long seed, int concurrency, int year) throws Exception {
        Catalog catalog = Catalog.load(root.resolve("budget-service/src/main/resources/catalog"));
        ProvinceGenerator generator = new ProvinceGenerator(catalog, seed);
        List<DepartmentYear> province = generator.province(counties, departments, year);
        int rows = province.stream().mapToInt(DepartmentYear::rows).sum();
        report.put("startedAt", Instant.now().toString());
        report.put("parameters", Map.of("counties", counties, "departments", departments, "seed", seed,
                "concurrency", concurrency, "year", year, "departmentYears", province.size(), "rows", rows));
        table.add(String.format("%-44s %s", "synthetic province", province.size() + " department-years, " + rows + " rows, seed " + seed));

        ingestAndFreshness(province, rows, concurrency, generator, year);
        rawCopy(province, rows);
        dashboard(ProvinceGenerator.regionCode(0), year);
        documents(province, year);
        footprint(root);

        Path out = root.resolve(".local-stack/bench/latest.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(report) + "\n");
        System.out.println();
        table.forEach(System.out::println);
        System.out.println("\nJSON: " + out);
    }

    // ---------------------------------------------------------------- ingest + freshness under it
    private void ingestAndFreshness(List<DepartmentYear> province, int rows, int concurrency, ProvinceGenerator generator,
                                    int year) throws Exception {
        // freshness probes use new department codes per run, so a re-run cannot find its probe already there
        String run = Long.toString(Math.floorMod(System.currentTimeMillis() / 1000, 1_679_616L), 36);
        int probes = 30;
        List<Long> freshness = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger probeFailures = new AtomicInteger();
        AtomicInteger probesDuringIngest = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency + 1);
        long start = System.nanoTime();
        Future<?> probe = pool.submit(() -> {
            long allProbesDeadline = System.nanoTime() + 120_000_000_000L;
            for (int i = 0; i < probes && System.nanoTime() < allProbesDeadline; i++) {
                DepartmentYear template = generator.departmentYear(0, 900 + i, year);
                String code = ("FR" + run + "x" + i).toUpperCase();
                boolean during = done.get() < province.size();
                try {
                    put(BUDGET + "/api/v1/departments/" + code, Json.compact(template.department()));
                    long acked = put(BUDGET + "/api/v1/budgets/" + code + "/" + year, Json.compact(template.budget()));
                    String url = AGGREGATION + "/api/v1/rollups/" + year + "?region=" + template.regionCode()
                            + "&drilldown=department&cut=department:" + code;
                    long deadline = acked + 10_000_000_000L;
                    boolean seen = false;
                    while (System.nanoTime() < deadline) {
                        if (get(url).contains("\"department\":\"" + code + "\"")) {
                            freshness.add(System.nanoTime() - acked);
                            seen = true;
                            break;
                        }
                        Thread.sleep(2);
                    }
                    if (!seen) {
                        probeFailures.incrementAndGet();
                    } else if (during) {
                        probesDuringIngest.incrementAndGet();
                    }
                } catch (Exception e) {
                    probeFailures.incrementAndGet();
                    errors.add("freshness " + code + ": " + e.getMessage());
                }
            }
            return null;
        });
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < province.size(); i = next.getAndIncrement()) {
                    DepartmentYear dy = province.get(i);
                    try {
                        put(BUDGET + "/api/v1/departments/" + dy.code(), Json.compact(dy.department()));
                        put(BUDGET + "/api/v1/budgets/" + dy.code() + "/" + dy.year(), Json.compact(dy.budget()));
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        if (errors.size() < 5) {
                            errors.add(dy.code() + ": " + e.getMessage());
                        }
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        long ingestNanos = System.nanoTime() - start;
        probe.get();
        pool.shutdown();
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("seconds", Stats.ms(ingestNanos).movePointLeft(3));
        ingest.put("departmentYearsPerSecond", Stats.rate(province.size() - failures.get(), ingestNanos));
        ingest.put("rowsPerSecond", Stats.rate(rows * (province.size() - failures.get()) / (double) province.size(), ingestNanos));
        ingest.put("failures", failures.get());
        ingest.put("errors", errors);
        report.put("ingest", ingest);
        Map<String, Object> fresh = Stats.summary(freshness);
        fresh.put("notSeenWithin10s", probeFailures.get());
        fresh.put("probesStartedDuringIngest", probesDuringIngest.get());
        report.put("freshness", fresh);
        table.add(String.format("%-44s %s dept-years/s, %s rows/s (%s s, %d failures)", "ingest REST (c=" + concurrency + ")",
                ingest.get("departmentYearsPerSecond"), ingest.get("rowsPerSecond"), ingest.get("seconds"), failures.get()));
        table.add(String.format("%-44s p50 %s ms, p95 %s ms, p99 %s ms (n=%s, %d under ingest, %d not seen)", "freshness PUT ack → roll-up",
                fresh.get("p50Ms"), fresh.get("p95Ms"), fresh.get("p99Ms"), fresh.get("n"), probesDuringIngest.get(), probeFailures.get()));
    }

    // ---------------------------------------------------------------- raw limit: psql COPY of the same rows
    private void rawCopy(List<DepartmentYear> province, int rows) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("method", "psql COPY FROM STDIN into a TEMP table of the budget database (no JDBC driver on the JDK-only classpath)");
        try {
            StringBuilder data = new StringBuilder(rows * 64);
            for (DepartmentYear dy : province) {
                BudgetBody b = dy.budget();
                for (BudgetBody.FunctionalLine l : b.functional().lines()) {
                    BudgetBody.ExpenditureByType e = l.expenditure().generalBudget();
                    data.append(dy.code()).append('\t').append(dy.year()).append("\tF\t").append(l.code()).append('\t')
                            .append(cell(e.basic())).append('\t').append(cell(e.project())).append('\n');
                }
                for (BudgetBody.EconomicLine l : b.economic().lines()) {
                    data.append(dy.code()).append('\t').append(dy.year()).append("\tE\t").append(l.code()).append('\t')
                            .append(cell(l.personnel())).append('\t').append(cell(l.publicUse())).append('\n');
                }
            }
            String script = "create temp table bench_raw (dept text, year int, kind char(1), code text, a numeric(18,2), b numeric(18,2));\n"
                    + "\\timing on\ncopy bench_raw from stdin;\n" + data + "\\.\n";
            ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-U",
                    System.getenv().getOrDefault("DB_USER", "openbudget"), "-d", "budget", "-v", "ON_ERROR_STOP=1", "-f", "-");
            pb.environment().put("PGPASSWORD", System.getenv().getOrDefault("DB_PASSWORD", "openbudget"));
            pb.redirectErrorStream(true);
            long start = System.nanoTime();
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            long nanos = System.nanoTime() - start;
            Matcher m = Pattern.compile("Time: ([0-9.]+) ms").matcher(out);
            Double copyMs = null;
            while (m.find()) {
                copyMs = Double.parseDouble(m.group(1));
            }
            if (rc != 0 || copyMs == null) {
                raw.put("error", "psql exit " + rc + ": " + out.strip());
            } else {
                raw.put("copyMs", copyMs);
                raw.put("withPsqlStartMs", Stats.ms(nanos));
                raw.put("rowsPerSecond", Stats.rate(rows, (long) (copyMs * 1e6)));
                raw.put("departmentYearsPerSecond", Stats.rate(province.size(), (long) (copyMs * 1e6)));
                Object api = ((Map<?, ?>) report.get("ingest")).get("rowsPerSecond");
                if (api != null) {
                    raw.put("restToRawRatio", ((java.math.BigDecimal) api).divide((java.math.BigDecimal) raw.get("rowsPerSecond"), 4,
                            java.math.RoundingMode.HALF_UP));
                }
            }
        } catch (IOException | InterruptedException e) {
            raw.put("error", e.toString());
        }
        report.put("rawLimit", raw);
        table.add(String.format("%-44s %s", "raw limit (psql COPY, same rows)", raw.containsKey("error") ? "not measured: " + raw.get("error")
                : raw.get("rowsPerSecond") + " rows/s; REST/raw = " + raw.get("restToRawRatio")));
    }

    private static String cell(java.math.BigDecimal v) {
        return v == null ? "\\N" : v.toPlainString();
    }

    // ---------------------------------------------------------------- dashboard at a fixed rate
    private void dashboard(String county, int year) throws Exception {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("county roll-up", AGGREGATION + "/api/v1/rollups/" + year + "?region=" + county + "&drilldown=department");
        endpoints.put("province roll-up", AGGREGATION + "/api/v1/rollups/" + year + "?region=" + ProvinceGenerator.PROVINCE
                + "&drilldown=department");
        endpoints.put("ceiling /q/health/live", AGGREGATION + "/q/health/live");
        int ratePerSecond = 100;
        int seconds = 3;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ratePerSecond", ratePerSecond);
        out.put("secondsPerRun", seconds);
        out.put("note", "open loop: each request has an intended start time; latency counts from it (no coordinated omission)");
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            for (int i = 0; i < 30; i++) {
                get(e.getValue()); // warm-up
            }
            for (int clients : new int[] {1, 10, 50}) {
                Map<String, Object> r = fixedRate(e.getValue(), clients, ratePerSecond, seconds);
                out.put(e.getKey() + " @" + clients, r);
                table.add(String.format("%-44s p50 %s ms, p99 %s ms, %s req/s (%s errors)", "dashboard " + e.getKey() + " @" + clients + " clients",
                        r.get("p50Ms"), r.get("p99Ms"), r.get("throughputPerSecond"), r.get("errors")));
            }
        }
        report.put("dashboard", out);
    }

    private Map<String, Object> fixedRate(String url, int clients, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long period = 1_000_000_000L / rate;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime() + 20_000_000L;
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            fs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long intended = t0 + i * period;
                    long wait = intended - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    try {
                        get(url);
                        latencies.add(System.nanoTime() - intended);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        Map<String, Object> r = Stats.summary(latencies);
        r.put("throughputPerSecond", Stats.rate(latencies.size(), elapsed));
        r.put("errors", errors.get());
        return r;
    }

    // ---------------------------------------------------------------- documents
    private void documents(List<DepartmentYear> province, int year) {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = Math.min(5, province.size());
        for (String format : List.of("html", "xlsx", "pdf")) {
            List<Long> times = new ArrayList<>();
            String error = null;
            for (int i = -1; i < n; i++) { // i = -1: warm-up, not counted
                DepartmentYear dy = province.get(Math.max(0, i));
                String url = AGGREGATION + "/api/v1/documents/" + dy.code() + "/" + year + "." + format + "?scope=current";
                try {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - s;
                    if (resp.statusCode() != 200) {
                        error = "HTTP " + resp.statusCode() + " for " + url;
                    } else if (i >= 0) {
                        times.add(t);
                    }
                } catch (Exception e) {
                    error = e.toString();
                }
            }
            Map<String, Object> r = Stats.summary(times);
            if (error != null) {
                r.put("error", error);
            }
            out.put(format, r);
            table.add(String.format("%-44s p50 %s ms, max %s ms (n=%s)%s", "document ." + format + " per department",
                    r.get("p50Ms"), r.get("maxMs"), r.get("n"), error == null ? "" : " ERROR " + error));
        }
        report.put("documents", out);
    }

    // ---------------------------------------------------------------- footprint
    private void footprint(Path root) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String service : List.of("budget-service", "performance-service", "asset-service", "aggregation-service")) {
            Map<String, Object> r = new LinkedHashMap<>();
            try {
                String pid = Files.readString(root.resolve(".local-stack/pids/" + service + ".pid")).strip();
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        r.put("rssMB", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                    }
                }
                Path log = root.resolve(".local-stack/logs/" + service + ".log");
                if (Files.exists(log)) {
                    Matcher m = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
                    while (m.find()) {
                        r.put("startupSeconds", Double.parseDouble(m.group(1)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                r.put("error", e.toString());
            }
            out.put(service, r);
            table.add(String.format("%-44s RSS %s MB, start-up %s s%s", "footprint " + service, r.get("rssMB"),
                    r.get("startupSeconds"), r.containsKey("error") ? " " + r.get("error") : ""));
        }
        report.put("footprint", out);
    }

    // ---------------------------------------------------------------- HTTP
    /** PUTs the body; returns the nanoTime of the acknowledgement (2xx) or throws with the answer. */
    private long put(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long acked = System.nanoTime();
        if (r.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + r.statusCode() + " " + url + ": " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return acked;
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " " + url);
        }
        return r.body();
    }
}
