package org.openbudget.seeds.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dashboard latency in an open loop: every request has an intended start time at a fixed rate and its latency
 * counts from that time, so a slow answer delays the ones queued behind it in the figures too (no coordinated
 * omission). County and province roll-ups beside {@code /q/health/live} of the same service, the ceiling; then the
 * province roll-up at 50 clients while a budget in the province changes every {@value #CHANGE_INTERVAL_MS} ms, so that
 * answers right after a change (a new roll-up generation, the cached answer no longer valid) are in the figures.
 */
final class DashboardBench {

    static final int CHANGE_INTERVAL_MS = 500;
    static final String PROVINCE_UNDER_CHANGES = "province roll-up, a change every " + CHANGE_INTERVAL_MS + " ms";

    private final Endpoints at;
    private final Http http;
    private final ProvinceGenerator generator;

    DashboardBench(Endpoints at, Http http, ProvinceGenerator generator) {
        this.at = at;
        this.http = http;
        this.generator = generator;
    }

    void run(String county, int year, int ratePerSecond, int seconds, Report report) throws Exception {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("county roll-up", at.aggregation() + "/api/v1/rollups/" + year + "?region=" + county + "&drilldown=department");
        endpoints.put("province roll-up", at.aggregation() + "/api/v1/rollups/" + year + "?region=" + ProvinceGenerator.PROVINCE
                + "&drilldown=department");
        endpoints.put("ceiling /q/health/live", at.aggregation() + "/q/health/live");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ratePerSecond", ratePerSecond);
        out.put("secondsPerRun", seconds);
        out.put("note", "open loop: each request has an intended start time; latency counts from it (no coordinated omission)");
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            for (int i = 0; i < 30; i++) {
                http.get(e.getValue()); // warm-up
            }
            for (int clients : new int[] {1, 10, 50}) {
                Map<String, Object> r = fixedRate(e.getValue(), clients, ratePerSecond, seconds);
                out.put(e.getKey() + " @" + clients, r);
                report.line("dashboard " + e.getKey() + " @" + clients + " clients", String.format("p50 %s ms, p99 %s ms, %s req/s (%s errors)",
                        r.get("p50Ms"), r.get("p99Ms"), r.get("throughputPerSecond"), r.get("errors")));
            }
        }
        underChanges(year, ratePerSecond, seconds, out, report);
        report.put("dashboard", out);
    }

    /**
     * The province roll-up at 50 clients while one department of the probes' county ({@link IngestBench#PROBE_REGION})
     * has its budget replaced by one of two generated budgets in turn: every PUT is a change of the province.
     */
    private void underChanges(int year, int ratePerSecond, int seconds, Map<String, Object> out, Report report) throws Exception {
        String url = at.aggregation() + "/api/v1/rollups/" + year + "?region=" + ProvinceGenerator.PROVINCE + "&drilldown=department";
        String code = "FRCHANGE" + year;
        DepartmentYear a = generator.departmentYear(0, 998, year);
        DepartmentYear b = generator.departmentYear(0, 997, year);
        AtomicInteger changes = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        java.util.concurrent.ScheduledExecutorService changer = Executors.newSingleThreadScheduledExecutor();
        Map<String, Object> r;
        try {
            http.put(at.budget() + "/api/v1/departments/" + code, org.openbudget.seeds.load.Json.compact(
                    new org.openbudget.seeds.load.api.DepartmentBody("变更部门" + code,
                            new org.openbudget.seeds.load.api.DepartmentBody.Region(IngestBench.PROBE_REGION, "探针县"),
                            a.department().units(), null, null, null, null)));
            changer.scheduleAtFixedRate(() -> {
                try {
                    DepartmentYear next = changes.get() % 2 == 0 ? a : b;
                    http.put(at.budget() + "/api/v1/budgets/" + code + "/" + year, org.openbudget.seeds.load.Json.compact(next.budget()));
                    changes.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }, 0, CHANGE_INTERVAL_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            r = fixedRate(url, 50, ratePerSecond, seconds);
        } finally {
            changer.shutdown();
            changer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        r.put("changes", changes.get());
        r.put("failedChanges", failed.get());
        out.put(PROVINCE_UNDER_CHANGES + " @50", r);
        report.line("dashboard " + PROVINCE_UNDER_CHANGES + " @50 clients", String.format("p50 %s ms, p99 %s ms, %s req/s (%s errors; %d changes)",
                r.get("p50Ms"), r.get("p99Ms"), r.get("throughputPerSecond"), r.get("errors"), changes.get()));
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
                        http.get(url);
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
}
