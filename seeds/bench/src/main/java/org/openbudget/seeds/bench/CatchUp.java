package org.openbudget.seeds.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the whole province is in the roll-ups: polls the province roll-up's department count until it reaches
 * every ingested department-year (plus the freshness probes', which sit in the first county), timed from the
 * start of the ingest (to within the 1 s between polls).
 */
final class CatchUp {

    private static final Pattern ROW_COUNT = Pattern.compile("\"rowCount\"\\s*:\\s*(\\d+)");

    private CatchUp() {
    }

    /** Reports under {@code key} ("provinceVisible", "bulkProvinceVisible"), its line labelled {@code label}. */
    static void await(Endpoints at, Http http, int year, int expected, long ingestStart, String key, String label, Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        String url = at.aggregation() + "/api/v1/rollups/" + year + "?region=" + ProvinceGenerator.PROVINCE
                + "&drilldown=department&pageSize=1";
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        int seen = -1;
        try {
            while (System.nanoTime() < deadline) {
                Matcher m = ROW_COUNT.matcher(http.get(url));
                seen = m.find() ? Integer.parseInt(m.group(1)) : -1;
                if (seen >= expected) {
                    break;
                }
                // an uncached province answer costs the service up to seconds of CPU at 15,000 departments:
                // asking ten times a second slowed the very catch-up it measures
                Thread.sleep(1_000);
            }
        } catch (Exception e) {
            out.put("error", e.toString());
        }
        long nanos = System.nanoTime() - ingestStart;
        out.put("expectedDepartments", expected);
        out.put("seenDepartments", seen);
        out.put("secondsFromIngestStart", Stats.ms(nanos).movePointLeft(3));
        out.put("year", year);
        out.put("reached", seen >= expected);
        report.put(key, out);
        report.line(label, seen >= expected
                ? String.format("%s s after the ingest started (%d departments)", out.get("secondsFromIngestStart"), seen)
                : String.format("NOT reached: %d of %d departments after %s s", seen, expected, out.get("secondsFromIngestStart")));
    }
}
