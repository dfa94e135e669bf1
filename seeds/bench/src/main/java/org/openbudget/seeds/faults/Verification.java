package org.openbudget.seeds.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.openbudget.seeds.bench.DepartmentYear;
import org.openbudget.seeds.bench.Endpoints;
import org.openbudget.seeds.bench.Http;
import org.openbudget.seeds.load.Json;

/**
 * After a fault: is every acknowledged write at its owner, is the read model at each owner's version, do the
 * roll-ups add up to what was written, and does a from-scratch rebuild give the same roll-ups?
 */
final class Verification {

    private static final long CONVERGE_GIVE_UP_NANOS = 180_000_000_000L;

    private final Endpoints at;
    private final Http http;
    private final Versions versions;

    Verification(Endpoints at, Http http, Versions versions) {
        this.at = at;
        this.http = http;
        this.versions = versions;
    }

    FaultResult verify(Fault fault, List<DepartmentYear> plan, String prefix, FaultIngest.Ledger ledger, long settledAt,
                       double ingestAfterFault, Topics topics, Map<TopicPartition, Long> marks) throws Exception {
        // converged: every aggregate the owners committed for these departments is in the read model at that version
        List<String> behind = versions.behind(prefix);
        while (!behind.isEmpty() && System.nanoTime() - settledAt < CONVERGE_GIVE_UP_NANOS) {
            Thread.sleep(100);
            behind = versions.behind(prefix);
        }
        double converged = (System.nanoTime() - settledAt) / 1e9;
        List<String> problems = new ArrayList<>(behind.stream().limit(5).toList());

        // every acknowledged write can be read back from its owner
        int missingAtOwner = 0;
        for (FaultIngest.Write w : ledger.acknowledged()) {
            HttpResponse<String> r = http.send(w.url());
            if (r.statusCode() != 200) {
                missingAtOwner++;
                if (problems.size() < 10) {
                    problems.add("GET " + w.url() + " → " + r.statusCode());
                }
            }
        }
        // the roll-up of these departments against the budgets that were written
        List<String> rollupMismatches = rollupMismatches(plan);
        problems.addAll(rollupMismatches.stream().limit(5).toList());
        Topics.Delivered delivered = topics.since(marks, prefix);
        // and a from-scratch rebuild gives the same roll-ups for the fault's county
        String region = plan.get(0).regionCode();
        int year = plan.get(0).year();
        Map<String, String> before = RebuildCheck.snapshot(at, http, year, region);
        RebuildCheck.rebuild(at, http);
        Map<String, String> after = RebuildCheck.snapshot(at, http, year, region);
        List<String> differing = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
        for (String k : differing) {
            problems.add("rebuild differs: " + k + "\n      live:    " + clip(before.get(k)) + "\n      rebuilt: " + clip(after.get(k)));
        }
        int lost = missingAtOwner + behind.size();
        return new FaultResult(fault, ledger, lost, delivered, converged, behind.isEmpty(), rollupMismatches.size(),
                differing.size(), before.size(), ingestAfterFault, problems, Map.of());
    }

    /**
     * Per department: the roll-up's expenditure, basic and project against the written budget's own 合计 cells,
     * asked in the unit the budgets were written in (the generator's 万元).
     */
    private List<String> rollupMismatches(List<DepartmentYear> plan) throws Exception {
        DepartmentYear first = plan.get(0);
        String url = at.aggregation() + "/api/v1/rollups/" + first.year() + "?region=" + first.regionCode()
                + "&scope=current&drilldown=department&pageSize=500&unit="
                + java.net.URLEncoder.encode(first.budget().unit().label(), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode answer = Json.tree(http.get(url));
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode r : answer.path("rows")) {
            rows.put(r.path("department").asText(), r.path("measures"));
        }
        List<String> out = new ArrayList<>();
        for (DepartmentYear dy : plan) {
            JsonNode measures = rows.get(dy.code());
            FunctionalExpenditure written = dy.budget().functional().total().expenditure();
            Map<String, BigDecimal> expected = Map.of("expenditure", sum(written, null), "basic", sum(written, "basic"),
                    "project", sum(written, "project"));
            if (measures == null) {
                out.add("roll-up lacks " + dy.code());
                continue;
            }
            expected.forEach((measure, amount) -> {
                BigDecimal got = measures.hasNonNull(measure) ? measures.get(measure).decimalValue() : null;
                if (got == null ? amount.signum() != 0 : got.compareTo(amount) != 0) {
                    out.add("roll-up " + dy.code() + " " + measure + " " + got + " ≠ written " + amount);
                }
            });
        }
        return out;
    }

    private static String clip(String answer) {
        return answer == null ? "(none)" : answer.length() <= 1500 ? answer : answer.substring(0, 1500) + "…";
    }

    /** The 合计 row's cells over every fund, of one expenditure type or (null) of all. */
    private static BigDecimal sum(FunctionalExpenditure e, String type) {
        BigDecimal total = BigDecimal.ZERO;
        for (ExpenditureByType t : java.util.Arrays.asList(e.generalBudget(), e.governmentFund(), e.stateCapital(), e.other())) {
            if (t == null) {
                continue;
            }
            Map<String, BigDecimal> cells = new java.util.HashMap<>();
            cells.put("basic", t.basic());
            cells.put("project", t.project());
            cells.put("operating", t.operating());
            cells.put("superiorRemittance", t.superiorRemittance());
            cells.put("affiliateSubsidy", t.affiliateSubsidy());
            for (var cell : cells.entrySet()) {
                if (cell.getValue() != null && (type == null || type.equals(cell.getKey()))) {
                    total = total.add(cell.getValue());
                }
            }
        }
        return total;
    }
}
