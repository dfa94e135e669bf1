package org.openbudget.aggregation.consistency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.aggregation.department.DepartmentView;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetChanged;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.readmodel.StateKind;
import org.openbudget.aggregation.readmodel.StateStore;
import org.openbudget.aggregation.readmodel.StateStore.Stored;
import org.openbudget.aggregation.rollup.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers a department-year's read models and runs {@link ConsistencyRules} on them; ranks a county. */
@ApplicationScoped
public class ConsistencyService {

    private final Clock clock = Clock.systemDefaultZone();
    private final StateStore states;

    public ConsistencyService(StateStore states) {
        this.states = states;
    }

    @Transactional
    public ConsistencyReport department(String department, int year, Scope scope) {
        boolean published = scope == Scope.PUBLISHED;
        Optional<Stored<BudgetChanged>> budget = states.budget(department, year);
        Optional<Stored<TargetsChanged>> targets = states.targets(department, year);
        Optional<Stored<AssetYearChanged>> assets = states.assets(department, year);
        Optional<Stored<AssetYearChanged>> priorAssets = states.assets(department, year - 1);
        DepartmentView view = DepartmentView.findById(department);

        BudgetChanged b = budget.map(Stored::state).orElse(null);
        TargetsChanged t = targets.map(Stored::state).orElse(null);
        AssetYearChanged a = assets.map(Stored::state).orElse(null);
        // the document shows the holdings of the prior year-end, when there are any
        AssetYearChanged shown = priorAssets.map(Stored::state).filter(p -> !p.holdings().isEmpty()).orElse(a);
        List<Finding> findings = new ArrayList<>(new ConsistencyRules(department, year,
                b == null ? null : b.version(published), b == null ? null : b.validation(published),
                t == null ? null : published ? t.publishedRevision() : t,
                a == null ? null : a.plan(published), shown, LocalDate.now(clock)).findings());
        findings.sort(Comparator.comparingInt(Finding::rank).thenComparing(Finding::rule));

        Map<String, Long> versions = new LinkedHashMap<>();
        // a published report does not tell of versions nobody published (a draft's existence is the drafts' readers')
        budget.filter(s -> !published || s.state().hasPublished()).ifPresent(s -> versions.put(StateKind.BUDGET.wire(), s.sourceVersion()));
        targets.filter(s -> !published || s.state().hasPublished()).ifPresent(s -> versions.put(StateKind.PERFORMANCE.wire(), s.sourceVersion()));
        assets.ifPresent(s -> versions.put(StateKind.ASSET.wire(), s.sourceVersion()));
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

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of(Finding.ERROR, Finding.WARNING, Finding.INFO)) {
            counts.put(s, (int) findings.stream().filter(f -> f.severity().equals(s)).count());
        }
        return counts;
    }
}
