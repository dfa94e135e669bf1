package org.openbudget.aggregation.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.Events;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.EventBinder;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.event.ValidationReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-service, completeness and timeliness rules on the seed and on broken variants of it. */
class ConsistencyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 3, 1);

    /** The seed's section 五: four project tables, none printing an amount. */
    private static JsonNode seedTargets() throws Exception {
        return Events.JSON.readTree("""
                {"projects": [
                  {"name": "大气办经费", "indicators": []}, {"name": "会议费", "indicators": []},
                  {"name": "政府聘请法律顾问经费", "indicators": []}, {"name": "政务服务", "indicators": []}]}""");
    }

    /** As of 2021-12-31: 947.09 万元, 8 vehicles 138.26, 568 other items 808.83; procurement 0.00 (empty table). */
    private static JsonNode seedAssets() throws Exception {
        return Events.JSON.readTree("""
                {"holdings": [{"asOf": "2021-12-31", "totalValue": 9470900.00,
                   "vehicles": {"quantity": 8, "value": 1382600.00}, "otherFixedAssets": {"quantity": 568, "value": 8088300.00}}],
                 "procurementPlan": {"items": [], "totals": {"amount": 0.00, "funding": {"generalBudget": 0.00}}}}""");
    }

    private static final EventBinder BINDER = EventBinder.standalone();

    private static List<Finding> check(JsonNode budget, JsonNode targets, JsonNode assets) {
        return rules(budget, null, targets, assets).findings();
    }

    /** The rules over the records the intake binds these JSON parts of the owners' events to. */
    private static ConsistencyRules rules(JsonNode budget, JsonNode validation, JsonNode targets, JsonNode assets) {
        return rules(budget, validation, targets, assets, TODAY);
    }

    private static ConsistencyRules rules(JsonNode budget, JsonNode validation, JsonNode targets, JsonNode assets,
                                          LocalDate today) {
        ObjectNode budgetEvent = Events.JSON.createObjectNode();
        budgetEvent.set("budget", budget);
        budgetEvent.set("validation", validation);
        BudgetChanged b = BINDER.bind(budgetEvent, BudgetChanged.class);
        BudgetVersion version = budget == null ? null : b.budget();
        ValidationReport report = validation == null ? null : b.validation();
        TargetsChanged t = targets == null ? null : BINDER.bind(targets, TargetsChanged.class);
        AssetYearChanged a = assets == null ? null : BINDER.bind(assets, AssetYearChanged.class);
        return new ConsistencyRules("434", 2022, version, report, t, a == null ? null : a.procurementPlan(), a, today);
    }

    @Test
    void theSeedRaisesNoErrorAndNoWarning() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        seed.put("inputUnit", "万元");
        List<Finding> findings = check(seed, seedTargets(), seedAssets());
        assertTrue(findings.stream().noneMatch(f -> !f.severity().equals(Finding.INFO)), findings.toString());
        // the only remark: its target tables print no amounts to compare with 项目支出 58.00
        assertEquals(List.of("cross.performance.no-amounts"), findings.stream().map(Finding::rule).toList());
        assertEquals(new BigDecimal("58.00"), findings.get(0).figures().get(0).stated());
    }

    @Test
    void aBudgetFindingAboutABlankCellIsWorded() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        seed.put("inputUnit", "万元");
        // budget-service's warning when table 9 leaves 公务用车运行维护费 blank while 30231 is 0.72 万元
        JsonNode validation = Events.JSON.readTree("""
                {"unit": "万元", "findings": [{"rule": "three-public.economic", "severity": "warning",
                  "subject": "公务用车运行维护费", "message": "differs from economic 30231",
                  "figures": [{"cell": "threePublic[vehicleOperation].generalBudget", "label": "一般公共预算 vs 30231",
                               "expected": 0.72, "tolerance": 0.01, "difference": -0.72}]}]}""");
        Finding f = rules(seed, validation, seedTargets(), seedAssets()).findings().stream().filter(x -> x.rule().equals("budget.three-public.economic")).findFirst().orElseThrow();
        assertEquals(Finding.WARNING, f.severity());
        assertEquals(null, f.figures().get(0).stated());
        assertEquals(new BigDecimal("0.72"), f.figures().get(0).expected());
        assertEquals("公务用车运行维护费：一般公共预算 vs 30231列示空白，应为0.72万元，不一致。", f.message());
    }

    @Test
    void threePublicMustEqualTheEconomicLines() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        seed.put("inputUnit", "万元");
        // 公务接待费 0.41 in table 9 against 30217 0.31 in table 6
        for (JsonNode line : seed.withArray("threePublic")) {
            if (line.path("item").asText().equals("reception")) {
                ((ObjectNode) line).put("generalBudget", new BigDecimal("4100.00"));
            }
        }
        Finding f = check(seed, seedTargets(), seedAssets()).stream()
                .filter(x -> x.rule().equals("cross.three-public.reception")).findFirst().orElseThrow();
        assertEquals(Finding.ERROR, f.severity());
        assertEquals(new BigDecimal("0.41"), f.figures().get(0).stated());
        assertEquals(new BigDecimal("0.31"), f.figures().get(0).expected());
        assertTrue(f.message().contains("公务接待费0.41万元") && f.message().contains("30217"), f.message());
    }

    @Test
    void targetsBeyondProjectSpendingAndLinesWithoutTargets() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        JsonNode targets = Events.JSON.readTree("""
                {"projects": [{"name": "政务服务", "functionalCode": "2010302", "budget": {"yuan": 600000.00}}]}""");
        List<Finding> findings = check(seed, targets, seedAssets());
        Finding exceeds = findings.stream().filter(f -> f.rule().equals("cross.performance.exceeds-project")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("60.00"), exceeds.figures().get(0).stated());
        assertEquals(new BigDecimal("58.00"), exceeds.figures().get(0).expected());
        // 2110301 大气 (20.00 project spending) has no table
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("cross.performance.line-without-targets")
                && f.message().contains("2110301")), findings.toString());
    }

    @Test
    void missingPiecesAndLatePublication() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        seed.withArray("priorYear").removeAll();
        seed.put("approvalDate", "2022-01-10");
        seed.put("publishedAt", "2022-02-15T09:00:00Z");
        List<Finding> findings = check(seed, null, null);
        List<String> rules = findings.stream().map(Finding::rule).toList();
        assertTrue(rules.containsAll(List.of("completeness.prior-year.total", "completeness.prior-year.basic",
                "completeness.prior-year.project", "completeness.assets", "completeness.procurement",
                "cross.performance.missing", "completeness.three-public.prior-year")), rules.toString());
        Finding late = findings.stream().filter(f -> f.rule().equals("timeliness.late")).findFirst().orElseThrow();
        // due 2022-01-30, published 2022-02-15: 16 days late
        assertTrue(late.message().contains("逾期16天"), late.message());

        assertEquals("completeness.budget", check(null, null, null).get(0).rule());
    }

    /**
     * Changed: the "三公" items are read as table 9 prints them (the model's Sums): 因公出国（境）费 given only through
     * its 其中 rows is their sum (here 0.50 万元) and so needs its prior-year figure; before, a parent not given read 0.
     */
    @Test
    void aThreePublicItemGivenThroughItsChildrenNeedsItsPriorYearFigure() throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        seed.put("inputUnit", "万元");
        seed.withArray("threePublic").addObject().put("item", "outboundTeaching").put("generalBudget", new BigDecimal("5000.00"));
        seed.withArray("priorYear").removeIf(p -> p.path("item").asText().equals("outbound"));
        List<Finding> findings = check(seed, seedTargets(), seedAssets());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("completeness.three-public.prior-year")
                && f.message().equals("“三公”经费中因公出国（境）费缺少上年预算数，无法说明增减变化。")), findings.toString());
    }
    private static List<Finding> timeliness(String approvalDate, String publishedAt, LocalDate today) throws Exception {
        ObjectNode seed = Events.seedBudgetInYuan();
        seed.put("inputUnit", "万元");
        seed.put("approvalDate", approvalDate);
        if (publishedAt != null) {
            seed.put("publishedAt", publishedAt);
        }
        return rules(seed, null, seedTargets(), seedAssets(), today).findings().stream()
                .filter(f -> f.rule().startsWith("timeliness.")).toList();
    }

    /**
     * #14 item 4, a change: a 2022 budget the platform never saw published is not judged against today once 2022 is
     * over (before: "timeliness.overdue", an error counting 1766 days to 2026-12-01); it says the day is unrecorded.
     * In its own year it is still overdue.
     */
    @Test
    void anUnpublishedBudgetOfAYearThatIsOverIsNotJudgedAgainstToday() throws Exception {
        List<Finding> history = timeliness("2022-01-10", null, LocalDate.of(2026, 12, 1));
        assertEquals(List.of("timeliness.unrecorded"), history.stream().map(Finding::rule).toList());
        assertEquals(Finding.INFO, history.get(0).severity());
        assertEquals("预算于2022-01-10批复，应于2022-01-30前公开；平台未记录其公开日期，2022年度已结束，不以今日计算逾期。",
                history.get(0).message());
        List<Finding> sameYear = timeliness("2022-01-10", null, LocalDate.of(2022, 12, 31));
        assertEquals(List.of("timeliness.overdue"), sameYear.stream().map(Finding::rule).toList());
        assertTrue(sameYear.get(0).message().endsWith("已逾期335天。"), sameYear.get(0).message());
    }

    /** The demo's seed, published as of its 2022 days and loaded in 2026: on time, whatever today is. */
    @Test
    void aBudgetPublishedOnItsHistoricalDayIsJudgedOnThatDay() throws Exception {
        assertEquals(List.of(), timeliness("2022-01-20", "2022-02-09T04:00:00Z", LocalDate.of(2026, 12, 7)));
    }

    /**
     * A change: the publication day is Beijing's. 16:30 UTC on 2022-02-09 is 00:30 on 2022-02-10 in Beijing, one day
     * after the due day 2022-02-09 (before, the UTC day was taken and it passed as on time).
     */
    @Test
    void thePublicationDayIsCountedInChina() throws Exception {
        List<Finding> late = timeliness("2022-01-20", "2022-02-09T16:30:00Z", TODAY);
        assertEquals(List.of("timeliness.late"), late.stream().map(Finding::rule).toList());
        assertEquals("预算于2022-01-20批复，应于2022-02-09前公开，实际2022-02-10公开，逾期1天。", late.get(0).message());
        assertEquals(List.of(), timeliness("2022-01-20", "2022-02-09T15:59:00Z", TODAY));
    }
}
