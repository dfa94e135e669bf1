package org.openbudget.seeds.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.openbudget.seeds.load.Json;
import org.openbudget.seeds.load.api.DepartmentBody;

/**
 * Ingest through the three owner services' REST APIs at a fixed concurrency — per department-year the department,
 * the budget, the performance targets, the holdings and the procurement plan — while freshness probes start at a
 * fixed interval for as long as the ingest runs: each probe is a new department whose budget is PUT, timed from
 * the PUT's acknowledgement until the aggregation's roll-up of the probes' own county ({@value #PROBE_REGION}) lists it. Kafka's own produce→consume round
 * trip runs beside them on the same broker.
 */
final class IngestBench {

    private static final long PROBE_GIVE_UP_NANOS = 10_000_000_000L;
    /** The probes' own county (a code the generator never gives), so they stay out of the measured counties. */
    static final String PROBE_REGION = "139999";
    private static final int MAX_OUTSTANDING_PROBES = 4;

    private final Endpoints at;
    private final Http http;
    private final ProvinceGenerator generator;
    private final int year;

    IngestBench(Endpoints at, Http http, ProvinceGenerator generator, int year) {
        this.at = at;
        this.http = http;
        this.generator = generator;
        this.year = year;
    }

    /** Runs the ingest; returns the number of freshness probes whose department was created. */
    int run(List<DepartmentYear> province, int concurrency, int probeIntervalMs, KafkaRoundTrip kafka, Report report)
            throws Exception {
        String run = Long.toString(Math.floorMod(System.currentTimeMillis() / 1000, 1_679_616L), 36).toUpperCase();
        AtomicBoolean ingesting = new AtomicBoolean(true);
        List<Long> freshness = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger probesCreated = new AtomicInteger();
        AtomicInteger probesLost = new AtomicInteger();
        AtomicInteger probeNumber = new AtomicInteger();
        Map<String, List<Long>> latency = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());

        ExecutorService probes = Executors.newCachedThreadPool();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            if (!ingesting.get()) {
                return;
            }
            // a lagging read side must not be buried under its own measurement: a few probes wait at a time
            if (outstanding.incrementAndGet() > MAX_OUTSTANDING_PROBES) {
                outstanding.decrementAndGet();
                skipped.incrementAndGet();
                return;
            }
            int i = probeNumber.getAndIncrement();
            probes.submit(() -> {
                try {
                    probe(run, i, freshness, probesCreated, probesLost, errors);
                } finally {
                    outstanding.decrementAndGet();
                }
            });
        }, probeIntervalMs, probeIntervalMs, TimeUnit.MILLISECONDS);
        ExecutorService kafkaSide = Executors.newSingleThreadExecutor();
        Future<Map<String, Object>> roundTrip = kafkaSide.submit(() -> {
            Thread.sleep(Math.min(2_000, 20L * province.size())); // let the ingest get going first
            return kafka.measure();
        });

        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < province.size(); i = next.getAndIncrement()) {
                    try {
                        ingest(province.get(i), latency);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        if (errors.size() < 5) {
                            errors.add(province.get(i).code() + ": " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        long ingestNanos = System.nanoTime() - start;
        ingesting.set(false);
        ticker.shutdown();
        workers.shutdown();
        probes.shutdown();
        probes.awaitTermination(30, TimeUnit.SECONDS);

        int ok = province.size() - failures.get();
        long rows = province.stream().mapToLong(DepartmentYear::rows).sum() * ok / Math.max(1, province.size());
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("concurrency", concurrency);
        ingest.put("requestsPerDepartmentYear", 5);
        ingest.put("seconds", Stats.ms(ingestNanos).movePointLeft(3));
        ingest.put("departmentYearsPerSecond", Stats.rate(ok, ingestNanos));
        ingest.put("rowsPerSecond", Stats.rate(rows, ingestNanos));
        ingest.put("failures", failures.get());
        ingest.put("errors", errors);
        Map<String, Object> perRequest = new LinkedHashMap<>();
        latency.forEach((k, v) -> perRequest.put(k, Stats.summary(v)));
        ingest.put("requestLatency", perRequest);
        report.put("ingest", ingest);
        report.line("ingest REST (c=" + concurrency + ", 5 PUTs each)", String.format("%s dept-years/s, %s rows/s (%s s for %d, %d failures)",
                ingest.get("departmentYearsPerSecond"), ingest.get("rowsPerSecond"), ingest.get("seconds"), ok, failures.get()));
        latency.keySet().stream().sorted().forEach(k -> {
            Map<String, Object> s = Stats.summary(latency.get(k));
            report.line("  PUT " + k, "p50 " + s.get("p50Ms") + " ms, p99 " + s.get("p99Ms") + " ms (n=" + s.get("n") + ")");
        });

        Map<String, Object> fresh = Stats.summary(freshness);
        fresh.put("probeIntervalMs", probeIntervalMs);
        fresh.put("probesStarted", probeNumber.get());
        fresh.put("ticksSkippedWith" + MAX_OUTSTANDING_PROBES + "ProbesWaiting", skipped.get());
        fresh.put("notSeenWithin10s", probesLost.get());
        report.put("freshness", fresh);
        report.line("freshness PUT ack → roll-up, under ingest", String.format("p50 %s ms, p95 %s ms, p99 %s ms, max %s ms (n=%s, %d not seen in 10 s, %d ticks skipped)",
                fresh.get("p50Ms"), fresh.get("p95Ms"), fresh.get("p99Ms"), fresh.get("maxMs"), fresh.get("n"), probesLost.get(), skipped.get()));
        Map<String, Object> kafkaResult = roundTrip.get(10, TimeUnit.MINUTES);
        kafkaSide.shutdown();
        report.put("kafkaRoundTrip", kafkaResult);
        report.line("raw Kafka produce→consume, during ingest", kafkaResult.containsKey("error") ? "not measured: " + kafkaResult.get("error")
                : String.format("p50 %s ms, p99 %s ms, p99.9 %s ms, avg %s ms (n=%s, acks=all)", kafkaResult.get("p50Ms"),
                kafkaResult.get("p99Ms"), kafkaResult.get("p999Ms"), kafkaResult.get("avgMs"), kafkaResult.get("n")));
        return probesCreated.get();
    }

    private void ingest(DepartmentYear dy, Map<String, List<Long>> latency) throws Exception {
        timed(latency, "department", at.budget() + "/api/v1/departments/" + dy.code(), Json.compact(dy.department()));
        timed(latency, "budget", at.budget() + "/api/v1/budgets/" + dy.code() + "/" + dy.year(), Json.compact(dy.budget()));
        timed(latency, "performance", at.performance() + "/api/v1/performance/" + dy.code() + "/" + dy.year(), Json.compact(dy.performance()));
        timed(latency, "holdings", at.asset() + "/api/v1/assets/" + dy.code() + "/" + dy.holdingsAsOf(), Json.compact(dy.holdings()));
        timed(latency, "procurement", at.asset() + "/api/v1/procurement/" + dy.code() + "/" + dy.year(), Json.compact(dy.procurement()));
    }

    private void timed(Map<String, List<Long>> latency, String kind, String url, String body) throws Exception {
        long s = System.nanoTime();
        long acked = http.put(url, body);
        latency.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(acked - s);
    }

    private void probe(String run, int i, List<Long> freshness, AtomicInteger created, AtomicInteger lost, List<String> errors) {
        DepartmentYear template = generator.departmentYear(0, 900 + i % 99, year);
        String code = "FR" + run + "X" + i;
        DepartmentBody department = new DepartmentBody("探针部门" + code, new DepartmentBody.Region(PROBE_REGION, "探针县"),
                template.department().units(), null, null, null, null);
        try {
            http.put(at.budget() + "/api/v1/departments/" + code, Json.compact(department));
            created.incrementAndGet();
            long acked = http.put(at.budget() + "/api/v1/budgets/" + code + "/" + year, Json.compact(template.budget()));
            String url = at.aggregation() + "/api/v1/rollups/" + year + "?region=" + PROBE_REGION
                    + "&drilldown=department&cut=department:" + code;
            long waited;
            while ((waited = System.nanoTime() - acked) < PROBE_GIVE_UP_NANOS) {
                if (http.get(url).contains("\"department\":\"" + code + "\"")) {
                    freshness.add(System.nanoTime() - acked);
                    return;
                }
                // poll often while it is fresh, less as it ages: the error stays under a tenth of the figure and
                // many late probes do not flood the service they measure
                Thread.sleep(Math.max(5, Math.min(100, waited / 10_000_000)));
            }
            lost.incrementAndGet();
        } catch (Exception e) {
            lost.incrementAndGet();
            if (errors.size() < 10) {
                errors.add("freshness " + code + ": " + e.getMessage());
            }
        }
    }
}
