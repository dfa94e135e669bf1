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
 * Ingest through the three owner services' public APIs at a fixed concurrency — per department-year the department,
 * the budget, the performance targets, the holdings and the procurement plan, written by a {@link Writer} (five
 * single-item PUTs, or the bulk API's requests of many department-years) — while freshness probes start at a
 * fixed interval for as long as the ingest runs: each probe is a new department whose budget is PUT, timed from
 * the PUT's acknowledgement until the aggregation's roll-up of the probes' own county ({@value #PROBE_REGION}) lists
 * it. Kafka's own produce→consume round trip may run beside them on the same broker.
 */
final class IngestBench {

    /** How the department-years reach the services: {@link #batch()} of them per task, tasks spread over the workers. */
    interface Writer {

        /** Department-years per task (1 for the single-item PUTs, the items per request for the bulk API). */
        int batch();

        /** Writes the department-years; adds each request's latency to {@code latency} under its kind; throws on a refusal. */
        void write(List<DepartmentYear> batch, Map<String, List<Long>> latency) throws Exception;
    }

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

    /**
     * Runs the ingest and reports it under {@code key} ("ingest", "bulkIngest") and its freshness under
     * {@code key + "Freshness"}; {@code kafka} may be null (no round trip measured). Returns the number of
     * freshness probes whose department was created.
     */
    int run(List<DepartmentYear> province, int concurrency, int probeIntervalMs, KafkaRoundTrip kafka, String key,
            String label, Writer writer, Report report) throws Exception {
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
        Future<Map<String, Object>> roundTrip = kafka == null ? null : kafkaSide.submit(() -> {
            Thread.sleep(Math.min(2_000, 20L * province.size())); // let the ingest get going first
            return kafka.measure();
        });

        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                int batch = writer.batch();
                for (int i = next.getAndAdd(batch); i < province.size(); i = next.getAndAdd(batch)) {
                    List<DepartmentYear> task = province.subList(i, Math.min(province.size(), i + batch));
                    try {
                        writer.write(task, latency);
                    } catch (Exception e) {
                        failures.addAndGet(task.size());
                        if (errors.size() < 5) {
                            errors.add(task.get(0).code() + (task.size() > 1 ? " (+" + (task.size() - 1) + ")" : "") + ": " + e.getMessage());
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
        ingest.put("year", year);
        ingest.put("concurrency", concurrency);
        ingest.put("departmentYearsPerTask", writer.batch());
        ingest.put("seconds", Stats.ms(ingestNanos).movePointLeft(3));
        ingest.put("departmentYearsPerSecond", Stats.rate(ok, ingestNanos));
        ingest.put("rowsPerSecond", Stats.rate(rows, ingestNanos));
        ingest.put("failures", failures.get());
        ingest.put("errors", errors);
        Map<String, Object> perRequest = new LinkedHashMap<>();
        latency.forEach((k, v) -> perRequest.put(k, Stats.summary(v)));
        ingest.put("requestLatency", perRequest);
        report.put(key, ingest);
        report.line(label, String.format("%s dept-years/s, %s rows/s (%s s for %d, %d failures)",
                ingest.get("departmentYearsPerSecond"), ingest.get("rowsPerSecond"), ingest.get("seconds"), ok, failures.get()));
        latency.keySet().stream().sorted().forEach(k -> {
            Map<String, Object> s = Stats.summary(latency.get(k));
            report.line("  " + k, "p50 " + s.get("p50Ms") + " ms, p99 " + s.get("p99Ms") + " ms (n=" + s.get("n") + ")");
        });

        Map<String, Object> fresh = Stats.summary(freshness);
        // a probe not seen within 10 s counts as 10 s: these percentiles are lower bounds when any was lost
        List<Long> withLost = new ArrayList<>(freshness);
        for (int i = 0; i < probesLost.get(); i++) {
            withLost.add(PROBE_GIVE_UP_NANOS);
        }
        Map<String, Object> lostCounted = Stats.summary(withLost);
        fresh.put("p50WithLostMs", lostCounted.get("p50Ms"));
        fresh.put("p99WithLostMs", lostCounted.get("p99Ms"));
        fresh.put("probeIntervalMs", probeIntervalMs);
        fresh.put("probesStarted", probeNumber.get());
        fresh.put("ticksSkippedWith" + MAX_OUTSTANDING_PROBES + "ProbesWaiting", skipped.get());
        fresh.put("notSeenWithin10s", probesLost.get());
        report.put(key + "Freshness", fresh);
        report.line("  freshness PUT ack → roll-up, under it", String.format("p50 %s ms, p95 %s ms, p99 %s ms, max %s ms (n=%s, %d not seen in 10 s, %d ticks skipped)",
                fresh.get("p50Ms"), fresh.get("p95Ms"), fresh.get("p99Ms"), fresh.get("maxMs"), fresh.get("n"), probesLost.get(), skipped.get()));
        kafkaSide.shutdown();
        if (roundTrip == null) {
            return probesCreated.get();
        }
        Map<String, Object> kafkaResult = roundTrip.get(10, TimeUnit.MINUTES);
        report.put("kafkaRoundTrip", kafkaResult);
        report.line("  raw Kafka produce→consume, during it", kafkaResult.containsKey("error") ? "not measured: " + kafkaResult.get("error")
                : String.format("p50 %s ms, p99 %s ms, p99.9 %s ms, avg %s ms (n=%s, acks=all)", kafkaResult.get("p50Ms"),
                kafkaResult.get("p99Ms"), kafkaResult.get("p999Ms"), kafkaResult.get("avgMs"), kafkaResult.get("n")));
        return probesCreated.get();
    }

    /** Five single-item PUTs per department-year, as a client of the item APIs writes them. */
    static Writer singlePuts(Endpoints at, Http http) {
        return new Writer() {
            @Override
            public int batch() {
                return 1;
            }

            @Override
            public void write(List<DepartmentYear> batch, Map<String, List<Long>> latency) throws Exception {
                for (DepartmentYear dy : batch) {
                    SinglePuts.department(at, http, dy, latency);
                    SinglePuts.budget(at, http, dy, latency);
                    SinglePuts.performance(at, http, dy, latency);
                    SinglePuts.holdings(at, http, dy, latency);
                    SinglePuts.procurement(at, http, dy, latency);
                }
            }
        };
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
