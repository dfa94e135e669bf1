package org.openbudget.seeds.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.openbudget.seeds.bench.DepartmentYear;
import org.openbudget.seeds.bench.Endpoints;
import org.openbudget.seeds.bench.Http;
import org.openbudget.seeds.load.Json;

/**
 * A deterministic ingest that behaves like a careful client system: the five PUTs of each department-year in
 * order, department-years started at an even pace over the ingest's duration (so that a fault lands in the middle
 * of it), and every write retried until the owner acknowledges it — a connection refused or cut, a timeout or a
 * 503 is the service's trouble, not the write's. Only a 2xx counts as acknowledged; the ledger keeps every
 * acknowledged write for the verification and counts what the services answered on the way.
 */
final class FaultIngest {

    /** One acknowledged write: what was PUT where, and what the owner answered. */
    record Write(String department, String kind, String url, String answer) {
    }

    /** What a run did: acknowledged writes, refused ones (a 4xx: a defect of the suite or the service), answers seen. */
    record Ledger(List<Write> acknowledged, List<String> refused, Map<String, Integer> answers, int retries) {
    }

    private static final long GIVE_UP_NANOS = 10L * 60 * 1_000_000_000L;

    private final Endpoints at;
    private final Http http;

    FaultIngest(Endpoints at, Http http) {
        this.at = at;
        this.http = http;
    }

    Ledger run(List<DepartmentYear> plan, int concurrency, long durationMillis) throws Exception {
        List<Write> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long spacing = durationMillis * 1_000_000L / Math.max(1, plan.size());
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
                    long due = start + i * spacing;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000L);
                    }
                    DepartmentYear dy = plan.get(i);
                    for (String[] put : puts(dy)) {
                        String answer = putUntilAcknowledged(put[1], put[2], answers, retries);
                        if (answer == null) {
                            refused.add(dy.code() + " " + put[0]);
                            break; // the later parts need this one
                        }
                        acknowledged.add(new Write(dy.code(), put[0], put[1], answer));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        workers.shutdown();
        return new Ledger(List.copyOf(acknowledged), List.copyOf(refused), new TreeMap<>(answers), retries.get());
    }

    private List<String[]> puts(DepartmentYear dy) {
        return List.of(
                new String[] {"department", at.budget() + "/api/v1/departments/" + dy.code(), Json.compact(dy.department())},
                new String[] {"budget", at.budget() + "/api/v1/budgets/" + dy.code() + "/" + dy.year(), Json.compact(dy.budget())},
                new String[] {"performance", at.performance() + "/api/v1/performance/" + dy.code() + "/" + dy.year(), Json.compact(dy.performance())},
                new String[] {"holdings", at.asset() + "/api/v1/assets/" + dy.code() + "/" + dy.holdingsAsOf(), Json.compact(dy.holdings())},
                new String[] {"procurement", at.asset() + "/api/v1/procurement/" + dy.code() + "/" + dy.year(), Json.compact(dy.procurement())});
    }

    /** The 2xx answer's body, or null for a 4xx (refused: retrying cannot help). */
    private String putUntilAcknowledged(String url, String body, Map<String, Integer> answers, AtomicInteger retries)
            throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP_NANOS;
        long backoff = 200;
        while (true) {
            String outcome;
            try {
                HttpResponse<String> r = http.putAnswer(url, body);
                outcome = Integer.toString(r.statusCode());
                answers.merge(outcome, 1, Integer::sum);
                if (r.statusCode() / 100 == 2) {
                    return r.body();
                }
                if (r.statusCode() / 100 == 4) {
                    return null;
                }
            } catch (IOException e) {
                outcome = "no answer";
                answers.merge(outcome, 1, Integer::sum);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not acknowledged within 10 minutes: PUT " + url + " (last: " + outcome + ")");
            }
            retries.incrementAndGet();
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, 2_000);
        }
    }
}
