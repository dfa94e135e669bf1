package org.openbudget.seeds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbudget.seeds.load.Json;

/**
 * The owners' bulk write API ({@code POST /api/v1/bulk}, {"items": [...]}, one transaction per request): per task
 * one request to each owner service carrying all of its parts of the task's department-years — budget-service the
 * profile and the budget, performance-service the targets, asset-service the holdings and the procurement plan.
 * A service that does not answer the bulk path (404/405: a build before the bulk API) gets its parts as the
 * single-item PUTs instead, and {@link #describe()} says so, so the benchmark runs before and after the bulk API.
 */
final class BulkWriter implements IngestBench.Writer {

    static final String PATH = "/api/v1/bulk";

    private final Endpoints at;
    private final Http http;
    private final int itemsPerRequest;
    private final boolean budget;
    private final boolean performance;
    private final boolean asset;

    private BulkWriter(Endpoints at, Http http, int itemsPerRequest, boolean budget, boolean performance, boolean asset) {
        this.at = at;
        this.http = http;
        this.itemsPerRequest = itemsPerRequest;
        this.budget = budget;
        this.performance = performance;
        this.asset = asset;
    }

    /** Asks each owner whether it answers the bulk path (an empty request: anything but 404/405 means it does). */
    static BulkWriter detect(Endpoints at, Http http, int itemsPerRequest) throws Exception {
        return new BulkWriter(at, http, itemsPerRequest, answers(http, at.budget()), answers(http, at.performance()),
                answers(http, at.asset()));
    }

    private static boolean answers(Http http, String service) throws Exception {
        int status = http.post(service + PATH, "{\"items\":[]}").statusCode();
        return status != 404 && status != 405;
    }

    boolean anyAvailable() {
        return budget || performance || asset;
    }

    /** Which services took bulk requests, e.g. "bulk: budget, performance, asset" or "not available (single PUTs)". */
    String describe() {
        List<String> bulk = new ArrayList<>();
        List<String> single = new ArrayList<>();
        (budget ? bulk : single).add("budget");
        (performance ? bulk : single).add("performance");
        (asset ? bulk : single).add("asset");
        if (bulk.isEmpty()) {
            return "bulk API not available (404/405 from every owner)";
        }
        return "bulk: " + String.join(", ", bulk) + (single.isEmpty() ? "" : "; single PUTs (no bulk API): " + String.join(", ", single));
    }

    Map<String, Object> availability() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budget-service", budget);
        out.put("performance-service", performance);
        out.put("asset-service", asset);
        out.put("itemsPerRequest", itemsPerRequest);
        return out;
    }

    @Override
    public int batch() {
        return itemsPerRequest;
    }

    @Override
    public void write(List<DepartmentYear> batch, Map<String, List<Long>> latency) throws Exception {
        if (budget) {
            post(at.budget(), "POST bulk budget (profile + budget)", batch, latency, dy -> {
                Map<String, Object> item = item(dy);
                item.put("profile", dy.department());
                item.put("budget", dy.budget());
                return item;
            });
        } else {
            for (DepartmentYear dy : batch) {
                SinglePuts.department(at, http, dy, latency);
                SinglePuts.budget(at, http, dy, latency);
            }
        }
        if (performance) {
            post(at.performance(), "POST bulk performance (targets)", batch, latency, dy -> {
                Map<String, Object> item = item(dy);
                item.put("targets", dy.performance());
                return item;
            });
        } else {
            for (DepartmentYear dy : batch) {
                SinglePuts.performance(at, http, dy, latency);
            }
        }
        if (asset) {
            post(at.asset(), "POST bulk asset (holdings + procurement)", batch, latency, dy -> {
                Map<String, Object> item = item(dy);
                item.put("holdings", dy.holdings());
                item.put("procurement", dy.procurement());
                return item;
            });
        } else {
            for (DepartmentYear dy : batch) {
                SinglePuts.holdings(at, http, dy, latency);
                SinglePuts.procurement(at, http, dy, latency);
            }
        }
    }

    private static Map<String, Object> item(DepartmentYear dy) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("department", dy.code());
        item.put("year", dy.year());
        return item;
    }

    private interface Item {
        Map<String, Object> of(DepartmentYear dy);
    }

    private void post(String service, String kind, List<DepartmentYear> batch, Map<String, List<Long>> latency, Item item)
            throws Exception {
        List<Map<String, Object>> items = new ArrayList<>(batch.size());
        for (DepartmentYear dy : batch) {
            items.add(item.of(dy));
        }
        String body = Json.compact(Map.of("items", items));
        long s = System.nanoTime();
        HttpResponse<String> r = http.post(service + PATH, body);
        long nanos = System.nanoTime() - s;
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " " + service + PATH + ": " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        JsonNode answered = Json.tree(r.body()).path("items");
        if (answered.size() != batch.size()) {
            throw new IOException(service + PATH + " answered " + answered.size() + " items for " + batch.size());
        }
        SinglePuts.record(latency, kind, nanos);
    }
}
