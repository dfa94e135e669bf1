package org.openbudget.aggregation.document.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.aggregation.department.DepartmentChanged;
import org.openbudget.aggregation.department.DepartmentView;
import org.openbudget.aggregation.readmodel.AggregateView;

import java.util.List;
import java.util.Optional;

/**
 * Gathers one department-year's {@link DocumentInput} from this service's own read models — never from
 * another service: {@code aggregate_view} (budget, performance, asset) and {@code department_view}.
 */
@ApplicationScoped
public class DocumentSources {

    /** How many years back a fixed-asset table is still printed (its 截止时间 says how old it is). */
    static final int ASSET_YEARS_BACK = 3;

    private final SourceReader reader;

    public DocumentSources(ObjectMapper json) {
        this.reader = new SourceReader(json);
    }

    /** Empty when the department-year has no budget in the scope (no published version yet, or none at all). */
    @Transactional
    public Optional<DocumentInput> load(String department, int year, boolean published) {
        String key = department + ":" + year;
        AggregateView budgetView = AggregateView.find("budget", key);
        if (budgetView == null) {
            return Optional.empty();
        }
        Optional<BudgetData> budget = reader.budget(budgetView.data, published);
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        AggregateView targetsView = AggregateView.find("performance", key);
        TargetsData targets = targetsView == null ? null : reader.targets(targetsView.data, published).orElse(null);
        List<AssetData> assets = AggregateView.<AggregateView>list("kind = ?1 and department = ?2 and year <= ?3 and year >= ?4",
                "asset", department, year, year - ASSET_YEARS_BACK).stream().map(v -> reader.assets(v.data)).toList();
        AssetData yearAssets = assets.stream().filter(a -> a.year() == year).findFirst().orElse(null);
        return Optional.of(new DocumentInput(profile(department, budget.get()), year, published ? "published" : "current",
                budget.get(), targets, SourceReader.holdingFor(year, assets).orElse(null), SourceReader.plan(yearAssets, published)));
    }

    /** The departments of a county known to the read model, in code order. */
    @Transactional
    public List<Profile> departments(String region) {
        return DepartmentView.<DepartmentView>list("regionCode = ?1 order by code", region).stream().map(DocumentSources::profile).toList();
    }

    private static Profile profile(String department, BudgetData budget) {
        DepartmentView view = DepartmentView.findById(department);
        if (view == null) {
            return Profile.bare(department, budget.departmentName() != null ? budget.departmentName() : department);
        }
        return profile(view);
    }

    static Profile profile(DepartmentView v) {
        List<Profile.Unit> units = v.units == null ? List.of() : v.units.stream()
                .map(u -> new Profile.Unit(u.name(), u.nature(), u.grade(), u.fundingForm())).toList();
        List<Profile.GlossaryEntry> glossary = v.glossary == null ? List.of() : v.glossary.stream()
                .map((DepartmentChanged.GlossaryEntry g) -> new Profile.GlossaryEntry(g.term(), g.definition())).toList();
        return new Profile(v.code, v.name, v.regionCode, v.regionName, units, v.duties, v.organization, glossary, v.otherMatters);
    }
}
