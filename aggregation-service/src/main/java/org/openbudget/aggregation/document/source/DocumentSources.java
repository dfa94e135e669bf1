package org.openbudget.aggregation.document.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.aggregation.department.DepartmentView;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.DepartmentChanged;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.readmodel.StateStore;

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

    private final StateStore states;

    public DocumentSources(StateStore states) {
        this.states = states;
    }

    /** Empty when the department-year has no budget in the scope (no published version yet, or none at all). */
    @Transactional
    public Optional<DocumentInput> load(String department, int year, boolean published) {
        Optional<BudgetVersion> budget = states.budget(department, year).map(s -> s.state().version(published));
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        TargetsChanged targets = states.targets(department, year)
                .map(s -> SourceReader.targets(s.state(), published)).orElse(null);
        List<AssetYearChanged> assets = states.assetYears(department, year - ASSET_YEARS_BACK, year);
        AssetYearChanged yearAssets = assets.stream().filter(a -> a.year() == year).findFirst().orElse(null);
        return Optional.of(new DocumentInput(profile(department, budget.get()), year, published ? "published" : "current",
                budget.get(), targets, SourceReader.holdingFor(year, assets).orElse(null), SourceReader.plan(yearAssets, published)));
    }

    /** The departments of a county known to the read model, in code order. */
    @Transactional
    public List<Profile> departments(String region) {
        return DepartmentView.<DepartmentView>list("regionCode = ?1 order by code", region).stream().map(DocumentSources::profile).toList();
    }

    private static Profile profile(String department, BudgetVersion budget) {
        DepartmentView view = DepartmentView.findById(department);
        if (view == null) {
            String name = budget.header().departmentName();
            return Profile.bare(department, name != null ? name : department);
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
