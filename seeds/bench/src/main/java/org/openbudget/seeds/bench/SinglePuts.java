package org.openbudget.seeds.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openbudget.seeds.load.Json;

/** The five single-item PUTs of a department-year, each timed under its kind ("PUT budget", …). */
final class SinglePuts {

    private SinglePuts() {
    }

    static void department(Endpoints at, Http http, DepartmentYear dy, Map<String, List<Long>> latency) throws Exception {
        timed(http, latency, "PUT department", at.budget() + "/api/v1/departments/" + dy.code(), Json.compact(dy.department()));
    }

    static void budget(Endpoints at, Http http, DepartmentYear dy, Map<String, List<Long>> latency) throws Exception {
        timed(http, latency, "PUT budget", at.budget() + "/api/v1/budgets/" + dy.code() + "/" + dy.year(), Json.compact(dy.budget()));
    }

    static void performance(Endpoints at, Http http, DepartmentYear dy, Map<String, List<Long>> latency) throws Exception {
        timed(http, latency, "PUT performance", at.performance() + "/api/v1/performance/" + dy.code() + "/" + dy.year(),
                Json.compact(dy.performance()));
    }

    static void holdings(Endpoints at, Http http, DepartmentYear dy, Map<String, List<Long>> latency) throws Exception {
        timed(http, latency, "PUT holdings", at.asset() + "/api/v1/assets/" + dy.code() + "/" + dy.holdingsAsOf(), Json.compact(dy.holdings()));
    }

    static void procurement(Endpoints at, Http http, DepartmentYear dy, Map<String, List<Long>> latency) throws Exception {
        timed(http, latency, "PUT procurement", at.asset() + "/api/v1/procurement/" + dy.code() + "/" + dy.year(),
                Json.compact(dy.procurement()));
    }

    static void timed(Http http, Map<String, List<Long>> latency, String kind, String url, String body) throws Exception {
        long s = System.nanoTime();
        long acked = http.put(url, body);
        record(latency, kind, acked - s);
    }

    static void record(Map<String, List<Long>> latency, String kind, long nanos) {
        latency.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }
}
