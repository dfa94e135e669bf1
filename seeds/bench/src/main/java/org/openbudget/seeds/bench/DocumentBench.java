package org.openbudget.seeds.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document generation as a reader sees it: HTML, XLSX and PDF of single departments (after one warm-up request per
 * format), then the county bundle — the background job started by {@code GET /api/v1/documents/{year}?region=},
 * timed from the request until its zip is downloaded.
 */
final class DocumentBench {

    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern DEPARTMENTS = Pattern.compile("\"departments\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final long BUNDLE_GIVE_UP_NANOS = 20L * 60 * 1_000_000_000L;

    private final Endpoints at;
    private final Http http;

    DocumentBench(Endpoints at, Http http) {
        this.at = at;
        this.http = http;
    }

    void departments(List<DepartmentYear> province, int year, int count, Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = Math.min(count, province.size());
        for (String format : List.of("html", "xlsx", "pdf")) {
            List<Long> times = new ArrayList<>();
            String error = null;
            for (int i = -1; i < n; i++) { // i = -1: warm-up, not counted
                DepartmentYear dy = province.get(Math.max(0, i));
                String url = at.aggregation() + "/api/v1/documents/" + dy.code() + "/" + year + "." + format + "?scope=current";
                try {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> resp = http.bytes(url);
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
            report.line("document ." + format + " per department", String.format("p50 %s ms, max %s ms (n=%s)%s",
                    r.get("p50Ms"), r.get("maxMs"), r.get("n"), error == null ? "" : " ERROR " + error));
        }
        report.put("documents", out);
    }

    void countyBundle(String county, int year, Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("region", county);
        try {
            long start = System.nanoTime();
            HttpResponse<String> started = http.send(at.aggregation() + "/api/v1/documents/" + year + "?region=" + county + "&scope=current");
            Matcher id = ID.matcher(started.body());
            if (started.statusCode() != 202 || !id.find()) {
                throw new IllegalStateException("HTTP " + started.statusCode() + ": " + started.body());
            }
            String status = at.aggregation() + "/api/v1/documents/jobs/" + id.group(1);
            String state = "queued";
            String body = started.body();
            while (!state.equals("done") && !state.equals("failed") && System.nanoTime() - start < BUNDLE_GIVE_UP_NANOS) {
                Thread.sleep(200);
                body = http.get(status);
                Matcher m = STATE.matcher(body);
                state = m.find() ? m.group(1) : "unknown";
            }
            if (!state.equals("done")) {
                throw new IllegalStateException("bundle " + state + ": " + body);
            }
            HttpResponse<byte[]> zip = http.bytes(status + "/result");
            long nanos = System.nanoTime() - start;
            Matcher count = DEPARTMENTS.matcher(body);
            int departments = count.find() ? Integer.parseInt(count.group(1)) : 0;
            if (zip.statusCode() != 200) {
                throw new IllegalStateException("result HTTP " + zip.statusCode());
            }
            out.put("departments", departments);
            out.put("seconds", Stats.ms(nanos).movePointLeft(3));
            out.put("zipBytes", zip.body().length);
            out.put("perDepartmentMs", Stats.ms(nanos / Math.max(1, departments)));
            report.line("county bundle (" + departments + " departments, zip)", String.format("%s s, %s ms per department, %d KB",
                    out.get("seconds"), out.get("perDepartmentMs"), zip.body().length / 1024));
        } catch (Exception e) {
            out.put("error", e.toString());
            report.line("county bundle", "not measured: " + e);
        }
        report.put("countyBundle", out);
    }
}
