package org.openbudget.seeds.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 16's target table from a run's figures: the verdicts and ratios worked out by hand for these figures. */
class TargetsTest {

    @Test
    void everyLineGetsItsVerdictFromTheRunsFigures() {
        Report report = new Report();
        report.put("rawLimit", map("restToRawRatio", new BigDecimal("0.0170"), "bulkToRawRatio", new BigDecimal("0.5200")));
        report.put("provinceVisible", map("reached", true, "secondsFromIngestStart", new BigDecimal("90.000")));
        report.put("bulkProvinceVisible", map("reached", true, "secondsFromIngestStart", new BigDecimal("45.500")));
        report.put("ingestFreshness", map("p50WithLostMs", new BigDecimal("203.00"), "p99WithLostMs", new BigDecimal("10000.00"),
                "notSeenWithin10s", 3, "n", 40));
        report.put("bulkIngestFreshness", map("p50WithLostMs", new BigDecimal("120.00"), "p99WithLostMs", new BigDecimal("900.00"),
                "notSeenWithin10s", 0, "n", 30));
        Map<String, Object> dashboard = new LinkedHashMap<>();
        dashboard.put("county roll-up @50", map("p99Ms", new BigDecimal("11.20")));
        dashboard.put("ceiling /q/health/live @50", map("p99Ms", new BigDecimal("8.00")));
        dashboard.put(DashboardBench.PROVINCE_UNDER_CHANGES + " @50", map("p99Ms", new BigDecimal("42.00")));
        report.put("dashboard", dashboard);
        Map<String, Object> footprint = new LinkedHashMap<>();
        footprint.put("budget-service", map("peakRssMB", 297L, "rssMB", 290L));
        footprint.put("performance-service", map("peakRssMB", 300L, "rssMB", 280L));
        footprint.put("asset-service", map("error", "no pid"));
        footprint.put("aggregation-service", map("peakRssMB", 467L, "rssMB", 460L));
        report.put("footprint", footprint);
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("budget-service", map("readySeconds", new BigDecimal("2.500")));
        startup.put("performance-service", map("readySeconds", new BigDecimal("3.000")));
        startup.put("asset-service", map("readySeconds", new BigDecimal("4.250")));
        startup.put("aggregation-service", map("error", "exited"));
        report.put("startup", startup);

        new Targets(report, 15_000).summarise();

        @SuppressWarnings("unchecked")
        Map<String, String> verdicts = ((List<Map<String, Object>>) report.json.get("targets")).stream()
                .collect(Collectors.toMap(r -> (String) r.get("measure"), r -> r.get("ratio") + " " + r.get("verdict"), (a, b) -> a, LinkedHashMap::new));
        assertEquals("0.034× MISSED: 29.4× short", verdicts.get("ingest single PUTs ÷ raw JDBC rows/s")); // 50 % ÷ 1.7 %
        assertEquals("1.04× met", verdicts.get("ingest bulk API ÷ raw JDBC rows/s"));
        assertEquals("1.5× MISSED by 30.0 s", verdicts.get("whole province in the roll-up (single PUTs)"));
        assertEquals("0.758× met", verdicts.get("whole province in the roll-up (bulk API)"));
        // 3 probes lost: p99 is a lower bound, and 10,000 ÷ 1,000 is the worse of the two ratios
        assertEquals("10.00× MISSED (p50 over, p99 over)", verdicts.get("freshness under ingest p50/p99 (single PUTs)"));
        assertEquals("0.90× met", verdicts.get("freshness under ingest p50/p99 (bulk API)"));
        assertEquals("1.17× MISSED by 0.20×", verdicts.get("county roll-up p99 @50 ÷ /q/health/live p99 @50")); // 11.2 ÷ 8 = 1.40
        assertEquals("0.84× met", verdicts.get("province roll-up p99 @50, with changes"));
        assertEquals("0.99× met", verdicts.get("peak RSS budget-service"));
        assertEquals("1× MISSED by 0 MB", verdicts.get("peak RSS performance-service")); // < 300 MB: 300 is a miss
        assertEquals("— not measured", verdicts.get("peak RSS asset-service"));
        assertEquals("1.56× MISSED by 167 MB", verdicts.get("peak RSS aggregation-service"));
        assertEquals("0.833× met", verdicts.get("start-up to ready, alone: budget-service"));
        assertEquals("1× MISSED by 0.0 s", verdicts.get("start-up to ready, alone: performance-service"));
        assertEquals("1.42× MISSED by 1.3 s", verdicts.get("start-up to ready, alone: asset-service"));
        assertEquals("— not measured", verdicts.get("start-up to ready, alone: aggregation-service"));
        assertEquals(16, verdicts.size());
    }

    @Test
    void aSmallRunSaysItIsNotTheProvinceAndProjectsItsRate() {
        Report report = new Report();
        report.put("bulkNotMeasured", "bulk API not available (404/405 from every owner)");
        report.put("provinceVisible", map("reached", true, "secondsFromIngestStart", new BigDecimal("12.000")));
        report.put("bulkProvinceVisible", map("reached", false, "seenDepartments", 80, "expectedDepartments", 100));

        new Targets(report, 100).summarise();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.json.get("targets");
        Map<String, Object> single = rows.get(2);
        // 12 s for 100 → 1,800 s for 15,000 → 30× the 60 s
        assertEquals("12.0 s for 100 (at this rate 15,000: 1800 s)", single.get("measured"));
        assertEquals("30×", single.get("ratio"));
        assertEquals("NOT reached: 80 of 100", rows.get(3).get("verdict"));
        assertEquals("not measured (bulk API not available (404/405 from every owner))", rows.get(1).get("verdict"));
        assertEquals("not measured (--skip startup)", rows.get(rows.size() - 1).get("verdict"));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
