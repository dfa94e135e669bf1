package org.openbudget.seeds.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 16's target table, read from the run's own figures: each line the measured value, the target, their ratio
 * (measured ÷ target) and a verdict. Nothing here is asserted; a figure the run did not measure says so. The
 * province lines' targets are for the 15,000 department-year province (150 × 100): a smaller run's verdict says
 * which size it measured.
 */
final class Targets {

    static final int PROVINCE_SIZE = 15_000;
    private static final BigDecimal LOST = new BigDecimal("10000.00");

    private final Report report;
    private final int departmentYears;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Targets(Report report, int departmentYears) {
        this.report = report;
        this.departmentYears = departmentYears;
    }

    void summarise() {
        ingest();
        provinceVisible();
        freshness();
        countyRollup();
        provinceRollup();
        rss();
        startup();
        report.put("targets", rows);
        report.line("", "");
        report.line("TARGETS (issue 16)", String.format("%-40s %-16s %-9s %s", "measured", "target", "ratio", "verdict"));
        for (Map<String, Object> r : rows) {
            report.line(String.valueOf(r.get("measure")), String.format("%-40s %-16s %-9s %s", r.get("measured"), r.get("target"),
                    r.get("ratio"), r.get("verdict")));
        }
    }

    private void ingest() {
        Map<String, Object> raw = report.section("rawLimit");
        for (String[] api : new String[][] {{"restToRawRatio", "ingest single PUTs ÷ raw JDBC rows/s"}, {"bulkToRawRatio", "ingest bulk API ÷ raw JDBC rows/s"}}) {
            Object ratio = raw == null ? null : raw.get(api[0]);
            if (ratio instanceof BigDecimal r) {
                BigDecimal percent = r.movePointRight(2).round(new java.math.MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros();
                atLeast(api[1], percent.toPlainString() + " %", "≥ 50 %", r, new BigDecimal("0.5"));
            } else {
                missing(api[1], "≥ 50 %", api[0].startsWith("bulk") ? bulkReason() : "not measured");
            }
        }
    }

    private String bulkReason() {
        Object bulk = report.json.get("bulkIngest");
        return bulk == null ? "not measured (" + report.json.getOrDefault("bulkNotMeasured", "no bulk ingest in this run") + ")" : "not measured";
    }

    private void provinceVisible() {
        for (String[] ingest : new String[][] {{"provinceVisible", "single PUTs"}, {"bulkProvinceVisible", "bulk API"}}) {
            String measure = "whole province in the roll-up (" + ingest[1] + ")";
            Map<String, Object> v = report.section(ingest[0]);
            if (v == null || !Boolean.TRUE.equals(v.get("reached"))) {
                missing(measure, "< 60 s at 15,000", v == null ? "not measured" : "NOT reached: " + v.get("seenDepartments") + " of "
                        + v.get("expectedDepartments"));
                continue;
            }
            BigDecimal seconds = (BigDecimal) v.get("secondsFromIngestStart");
            if (departmentYears >= PROVINCE_SIZE) {
                atMost(measure, seconds.setScale(1, RoundingMode.HALF_UP) + " s", "< 60 s", seconds, new BigDecimal(60), " s");
            } else {
                BigDecimal projected = seconds.multiply(BigDecimal.valueOf(PROVINCE_SIZE)).divide(BigDecimal.valueOf(departmentYears), 0, RoundingMode.HALF_UP);
                add(measure, seconds.setScale(1, RoundingMode.HALF_UP) + " s for " + departmentYears + " (at this rate 15,000: " + projected + " s)",
                        "< 60 s at 15,000", ratio(projected, new BigDecimal(60)),
                        "not the 15,000 run; at this rate " + (projected.compareTo(new BigDecimal(60)) < 0 ? "within" : "over") + " the target");
            }
        }
    }

    private void freshness() {
        for (String[] ingest : new String[][] {{"ingestFreshness", "single PUTs"}, {"bulkIngestFreshness", "bulk API"}}) {
            String measure = "freshness under ingest p50/p99 (" + ingest[1] + ")";
            Map<String, Object> f = report.section(ingest[0]);
            if (f == null || !(f.get("p99WithLostMs") instanceof BigDecimal p99)) {
                missing(measure, "< 150 / < 1000 ms", f == null ? "not measured" : "no probe seen");
                continue;
            }
            BigDecimal p50 = (BigDecimal) f.get("p50WithLostMs");
            int lost = ((Number) f.get("notSeenWithin10s")).intValue();
            boolean met = p50.compareTo(new BigDecimal(150)) < 0 && p99.compareTo(new BigDecimal(1000)) < 0;
            BigDecimal worst = p50.divide(new BigDecimal(150), 2, RoundingMode.HALF_UP).max(p99.divide(new BigDecimal(1000), 2, RoundingMode.HALF_UP));
            add(measure, show(p50, lost) + " / " + show(p99, lost) + " ms (n=" + f.get("n") + ", " + lost + " lost)", "< 150 / < 1000 ms",
                    worst + "×", met ? "met" : "MISSED (p50 " + (p50.compareTo(new BigDecimal(150)) < 0 ? "met" : "over")
                            + ", p99 " + (p99.compareTo(new BigDecimal(1000)) < 0 ? "met" : "over") + ")");
        }
    }

    private static String show(BigDecimal ms, int lost) {
        return (lost > 0 && ms.compareTo(LOST) >= 0 ? "≥ " : "") + ms.setScale(0, RoundingMode.HALF_UP);
    }

    private void countyRollup() {
        Map<String, Object> d = report.section("dashboard");
        String measure = "county roll-up p99 @50 ÷ /q/health/live p99 @50";
        if (d == null) {
            missing(measure, "≤ 1.2×", "not measured");
            return;
        }
        BigDecimal county = p99(d, "county roll-up @50");
        BigDecimal health = p99(d, "ceiling /q/health/live @50");
        if (county == null || health == null || health.signum() == 0) {
            missing(measure, "≤ 1.2×", "not measured");
            return;
        }
        BigDecimal r = county.divide(health, 2, RoundingMode.HALF_UP);
        add(measure, county + " ÷ " + health + " ms = " + r + "×", "≤ 1.2×", r.divide(new BigDecimal("1.2"), 2, RoundingMode.HALF_UP) + "×",
                r.compareTo(new BigDecimal("1.2")) <= 0 ? "met" : "MISSED by " + r.subtract(new BigDecimal("1.2")) + "×");
    }

    private void provinceRollup() {
        Map<String, Object> d = report.section("dashboard");
        String measure = "province roll-up p99 @50, with changes";
        BigDecimal p99 = d == null ? null : p99(d, DashboardBench.PROVINCE_UNDER_CHANGES + " @50");
        if (p99 == null) {
            missing(measure, "< 50 ms", "not measured");
            return;
        }
        String size = departmentYears >= PROVINCE_SIZE ? "" : " (" + departmentYears + " dept-years, not 15,000)";
        atMost(measure, p99 + " ms" + size, "< 50 ms", p99, new BigDecimal(50), " ms");
    }

    @SuppressWarnings("unchecked")
    private void rss() {
        Map<String, Object> f = report.section("footprint");
        for (String service : Footprint.SERVICES) {
            Map<String, Object> s = f == null ? null : (Map<String, Object>) f.get(service);
            String measure = "peak RSS " + service;
            if (s == null || !(s.get("peakRssMB") instanceof Number peak)) {
                missing(measure, "< 300 MB", "not measured");
                continue;
            }
            atMost(measure, peak + " MB (at the end " + s.get("rssMB") + ")", "< 300 MB", BigDecimal.valueOf(peak.longValue()), new BigDecimal(300), " MB");
        }
    }

    @SuppressWarnings("unchecked")
    private void startup() {
        Map<String, Object> st = report.section("startup");
        for (String service : Footprint.SERVICES) {
            Map<String, Object> s = st == null ? null : (Map<String, Object>) st.get(service);
            String measure = "start-up to ready, alone: " + service;
            if (s == null || !(s.get("readySeconds") instanceof BigDecimal seconds)) {
                missing(measure, "< 3 s", st == null ? "not measured (--skip startup)" : "not measured");
                continue;
            }
            atMost(measure, seconds.setScale(2, RoundingMode.HALF_UP) + " s", "< 3 s", seconds, new BigDecimal(3), " s");
        }
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal p99(Map<String, Object> dashboard, String cell) {
        Object c = dashboard.get(cell);
        return c instanceof Map<?, ?> m && m.get("p99Ms") instanceof BigDecimal p ? p : null;
    }

    private void atMost(String measure, String measured, String target, BigDecimal value, BigDecimal limit, String unit) {
        boolean met = value.compareTo(limit) < 0;
        add(measure, measured, target, ratio(value, limit), met ? "met"
                : "MISSED by " + value.subtract(limit).setScale(value.scale() > 0 ? 1 : 0, RoundingMode.HALF_UP).toPlainString() + unit);
    }

    private void atLeast(String measure, String measured, String target, BigDecimal value, BigDecimal floor) {
        boolean met = value.compareTo(floor) >= 0;
        add(measure, measured, target, ratio(value, floor), met ? "met"
                : "MISSED: " + (value.signum() == 0 ? "—" : floor.divide(value, 1, RoundingMode.HALF_UP) + "× short"));
    }

    /** measured ÷ target, three significant digits (0.0212×, 1.55×, 172×). */
    private static String ratio(BigDecimal value, BigDecimal target) {
        return value.divide(target, new java.math.MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString() + "×";
    }

    private void missing(String measure, String target, String why) {
        add(measure, "—", target, "—", why);
    }

    private void add(String measure, String measured, String target, String ratio, String verdict) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("measure", measure);
        r.put("measured", measured);
        r.put("target", target);
        r.put("ratio", ratio);
        r.put("verdict", verdict);
        rows.add(r);
    }
}
