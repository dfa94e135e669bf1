package org.openbudget.aggregation.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.aggregation.department.DepartmentView;
import org.openbudget.aggregation.readmodel.AggregateView;
import org.openbudget.aggregation.rollup.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers a department-year's read models and runs {@link ConsistencyRules} on them; ranks a county. */
@ApplicationScoped
public class ConsistencyService {

    private final Clock clock = Clock.systemDefaultZone();

    @Transactional
    public ConsistencyReport department(String department, int year, Scope scope) {
        AggregateView budget = AggregateView.find("budget", department + ":" + year);
        AggregateView targets = AggregateView.find("performance", department + ":" + year);
        AggregateView assets = AggregateView.find("asset", department + ":" + year);
        AggregateView priorAssets = AggregateView.find("asset", department + ":" + (year - 1));
        DepartmentView view = DepartmentView.findById(department);

        JsonNode budgetDoc = budget == null ? null : pick(budget.data, scope, "budget", "published");
        JsonNode validation = budget == null ? null : pick(budget.data, scope, "validation", "publishedValidation");
        if (validation == null && budget != null && scope == Scope.PUBLISHED && "published".equals(budget.status)) {
            validation = nullIfMissing(budget.data.get("validation")); // the current budget is the published one
        }
        JsonNode targetSet = targets == null ? null
                : scope == Scope.CURRENT || "published".equals(targets.status) ? targets.data : nullIfMissing(targets.data.get("lastPublished"));
        JsonNode assetsShown = priorAssets != null && priorAssets.data.path("holdings").size() > 0 ? priorAssets.data
                : assets == null ? null : assets.data;
        JsonNode assetYear = assets == null ? null : scope == Scope.PUBLISHED ? publishedPlanOnly(assets.data) : assets.data;
        List<Finding> findings = new ArrayList<>(new ConsistencyRules(department, year, budgetDoc, validation, targetSet,
                assetYear, assetsShown, LocalDate.now(clock)).findings());
        findings.sort(Comparator.comparingInt(Finding::rank).thenComparing(Finding::rule));

        Map<String, Long> versions = new LinkedHashMap<>();
        // a published report does not tell of versions nobody published (a draft's existence is the drafts' readers')
        if (budget != null && (scope == Scope.CURRENT || budget.hasPublished)) {
            versions.put("budget", budget.sourceVersion);
        }
        if (targets != null && (scope == Scope.CURRENT || targets.hasPublished)) {
            versions.put("performance", targets.sourceVersion);
        }
        if (assets != null) {
            versions.put("asset", assets.sourceVersion);
        }
        if (view != null) {
            versions.put("department", view.sourceVersion);
        }
        return new ConsistencyReport(department, view == null ? null : view.name, year, scope.wire(), versions,
                counts(findings), findings);
    }

    @Transactional
    public CountyReport county(int year, String region, Scope scope) {
        List<DepartmentView> departments = region == null ? DepartmentView.listAll()
                : region.length() == 6 ? DepartmentView.list("regionCode", region)
                : DepartmentView.list("regionCode like ?1", region + "%");
        List<CountyReport.Entry> entries = new ArrayList<>();
        Map<String, Integer> totals = new LinkedHashMap<>(Map.of("departments", departments.size(), "missing", 0,
                "late", 0, "withErrors", 0, "ok", 0));
        for (DepartmentView d : departments) {
            ConsistencyReport report = department(d.code, year, scope);
            List<String> errorRules = report.findings().stream().filter(f -> f.severity().equals(Finding.ERROR))
                    .map(Finding::rule).distinct().toList();
            String state = errorRules.contains("completeness.budget") ? "missing"
                    : errorRules.stream().anyMatch(r -> r.startsWith("timeliness.")) ? "late"
                    : !errorRules.isEmpty() ? "errors"
                    : report.counts().get(Finding.WARNING) > 0 ? "warnings" : "ok";
            totals.merge(switch (state) {
                case "missing" -> "missing";
                case "late" -> "late";
                case "errors" -> "withErrors";
                default -> "ok";
            }, 1, Integer::sum);
            entries.add(new CountyReport.Entry(d.code, d.name, state, report.counts().get(Finding.ERROR),
                    report.counts().get(Finding.WARNING), report.counts().get(Finding.INFO), errorRules));
        }
        List<String> order = List.of("missing", "late", "errors", "warnings", "ok");
        entries.sort(Comparator.comparingInt((CountyReport.Entry e) -> order.indexOf(e.state()))
                .thenComparing(Comparator.comparingInt(CountyReport.Entry::errors).reversed())
                .thenComparing(Comparator.comparingInt(CountyReport.Entry::warnings).reversed())
                .thenComparing(CountyReport.Entry::department));
        return new CountyReport(year, region, scope.wire(), totals, entries);
    }

    /**
     * The asset-year state as the public may see it: holdings have no workflow (public as entered), the procurement
     * plan only in its published revision — the rules read {@code procurementPlan}, which may be a draft.
     */
    private static JsonNode publishedPlanOnly(JsonNode assetYear) {
        ObjectNode copy = assetYear.deepCopy();
        JsonNode published = assetYear.get("publishedProcurementPlan");
        copy.set("procurementPlan", published == null ? NullNode.getInstance() : published);
        return copy;
    }

    private static JsonNode pick(JsonNode data, Scope scope, String current, String published) {
        return nullIfMissing(data.get(scope == Scope.PUBLISHED ? published : current));
    }

    private static JsonNode nullIfMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of(Finding.ERROR, Finding.WARNING, Finding.INFO)) {
            counts.put(s, (int) findings.stream().filter(f -> f.severity().equals(s)).count());
        }
        return counts;
    }
}
