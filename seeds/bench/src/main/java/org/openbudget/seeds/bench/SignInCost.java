package org.openbudget.seeds.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What verifying a bearer token costs a request: the same public read (one department of budget-service) sent
 * with and without the benchmark client's token, in alternating rounds at the ingest's concurrency, so that drift
 * of the machine falls on both. Every request with a token is verified (signature against the issuer's cached keys,
 * issuer, audience, expiry) before the resource runs; the difference is that work.
 */
final class SignInCost {

    private final Endpoints at;
    private final Http http;

    SignInCost(Endpoints at, Http http) {
        this.at = at;
        this.http = http;
    }

    void run(String department, int concurrency, int requestsPerRound, int rounds, Report report) throws Exception {
        if (!http.signedIn()) {
            report.line("token verification cost", "not measured: the benchmark runs without a token (OPENBUDGET_ISSUER unset)");
            return;
        }
        String url = at.budget() + "/api/v1/departments/" + department;
        List<Long> signed = new ArrayList<>();
        List<Long> anonymous = new ArrayList<>();
        long signedNanos = 0;
        long anonymousNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            round(pool, url, true, concurrency, 200); // warm-up of both paths
            round(pool, url, false, concurrency, 200);
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                signed.addAll(round(pool, url, true, concurrency, requestsPerRound));
                long t1 = System.nanoTime();
                anonymous.addAll(round(pool, url, false, concurrency, requestsPerRound));
                long t2 = System.nanoTime();
                signedNanos += t1 - t0;
                anonymousNanos += t2 - t1;
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> s = Stats.summary(signed);
        Map<String, Object> a = Stats.summary(anonymous);
        var signedRate = Stats.rate(signed.size(), signedNanos);
        var anonymousRate = Stats.rate(anonymous.size(), anonymousNanos);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", url);
        json.put("concurrency", concurrency);
        json.put("withToken", s);
        json.put("withoutToken", a);
        json.put("withTokenPerSecond", signedRate);
        json.put("withoutTokenPerSecond", anonymousRate);
        report.put("tokenVerification", json);
        report.line("token verification cost", String.format(
                "same GET, %d × %d requests each at concurrency %d: with token p50 %s ms p99 %s ms, %s req/s; without p50 %s ms p99 %s ms, %s req/s",
                rounds, requestsPerRound, concurrency, s.get("p50Ms"), s.get("p99Ms"), signedRate, a.get("p50Ms"),
                a.get("p99Ms"), anonymousRate));
    }

    private List<Long> round(ExecutorService pool, String url, boolean withToken, int concurrency, int requests)
            throws Exception {
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int share = requests / concurrency + (w < requests % concurrency ? 1 : 0);
            workers.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>(share);
                for (int i = 0; i < share; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = withToken ? http.send(url) : http.sendAnonymous(url);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("GET " + url + (withToken ? " with" : " without") + " token: HTTP "
                                + r.statusCode() + " " + r.body());
                    }
                    nanos.add(System.nanoTime() - t);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : workers) {
            all.addAll(f.get());
        }
        return Collections.unmodifiableList(all);
    }
}
