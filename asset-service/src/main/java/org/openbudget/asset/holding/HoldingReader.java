package org.openbudget.asset.holding;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.common.security.DraftScope;
import org.openbudget.disclosure.money.AmountUnit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads stored holdings (for the API and for the state the events carry). */
@ApplicationScoped
public class HoldingReader {

    private final HoldingMapper mapper;

    public HoldingReader(HoldingMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<AssetHolding> find(String department, LocalDate asOf) {
        return AssetHolding.find("department = ?1 and asOf = ?2", department, asOf).firstResultOptional();
    }

    public HoldingDto toDto(AssetHolding holding, AmountUnit unit) {
        return mapper.toDto(holding, unit);
    }

    /** Every holding of a department dated in {@code year}, oldest first. */
    public List<HoldingDto> ofYear(String department, int year, AmountUnit unit) {
        return AssetHolding.<AssetHolding>find("department = :d and asOf between :from and :to", Sort.by("asOf"),
                        Parameters.with("d", department).and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year, 12, 31)))
                .list().stream().map(h -> mapper.toDto(h, unit)).toList();
    }

    /**
     * Holdings filtered by department and/or the year of the as-of date, by department then newest first; only
     * the departments of {@code scope} (holdings are drafts until a disclosure document publishes them).
     */
    public List<HoldingDto> list(String department, Integer year, DraftScope scope, int page, int pageSize, AmountUnit unit) {
        if (scope.none()) {
            return List.of();
        }
        Filter f = filter(department, year, scope);
        return AssetHolding.<AssetHolding>find(f.query, Sort.by("department").and("asOf", Sort.Direction.Descending), f.params)
                .page(Page.of(page, pageSize)).list().stream().map(h -> mapper.toDto(h, unit)).toList();
    }

    public long count(String department, Integer year, DraftScope scope) {
        if (scope.none()) {
            return 0;
        }
        Filter f = filter(department, year, scope);
        return AssetHolding.count(f.query, f.params);
    }

    private record Filter(String query, Parameters params) {
    }

    private static Filter filter(String department, Integer year, DraftScope scope) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (department != null) {
            q.append(" and department = :d");
            p = p.and("d", department);
        }
        if (year != null) {
            q.append(" and asOf between :from and :to");
            p = p.and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year, 12, 31));
        }
        if (!scope.all()) {
            q.append(" and department in :readable");
            p = p.and("readable", scope.departments());
        }
        return new Filter(q.toString(), p);
    }
}
