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
 * omission). County and province roll-ups beside {@code /q/health/live} of the same service, the ceiling.
 */
final class DashboardBench {

    private final Endpoints at;
    private final Http http;

    DashboardBench(Endpoints at, Http http) {
        this.at = at;
        this.http = http;
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
