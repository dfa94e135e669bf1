package org.openbudget.asset.procurement;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.asset.money.MoneyUnit;

import java.util.List;
import java.util.Optional;

/** Reads stored procurement plans (for the API and for the state the events carry). */
@ApplicationScoped
public class PlanReader {

    private final PlanMapper mapper;

    public PlanReader(PlanMapper mapper) {
        this.mapper = mapper;
    }

    public PlanDto toDto(ProcurementPlan plan, MoneyUnit unit) {
        return mapper.toDto(plan, unit);
    }

    /** The latest revision — the one being worked on, or the published one when no adjustment is under way. */
    public Optional<ProcurementPlan> current(String department, int year) {
        return ProcurementPlan.<ProcurementPlan>find("department = ?1 and year = ?2", Sort.descending("revision"), department, year)
                .firstResultOptional();
    }

    public Optional<ProcurementPlan> lastPublished(String department, int year) {
        return ProcurementPlan.<ProcurementPlan>find("department = ?1 and year = ?2 and status = ?3", Sort.descending("revision"),
                department, year, PlanStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<ProcurementPlan> revision(String department, int year, int revision) {
        return ProcurementPlan.find("department = ?1 and year = ?2 and revision = ?3", department, year, revision)
                .firstResultOptional();
    }

    public List<ProcurementPlan> revisions(String department, int year) {
        return ProcurementPlan.list("department = ?1 and year = ?2", Sort.ascending("revision"), department, year);
    }

    /** The current revision of each department-year, filtered; by year, then department. */
    public List<PlanDto> list(String department, Integer year, PlanStatus status, int page, int pageSize, MoneyUnit unit) {
        Filter f = filter(department, year, status);
        return ProcurementPlan.<ProcurementPlan>find(f.query, Sort.by("year", Sort.Direction.Descending).and("department"), f.params)
                .page(Page.of(page, pageSize)).list().stream().map(p -> mapper.toDto(p, unit)).toList();
    }

    public long count(String department, Integer year, PlanStatus status) {
        Filter f = filter(department, year, status);
        return ProcurementPlan.count(f.query, f.params);
    }

    private record Filter(String query, Parameters params) {
    }

    private static Filter filter(String department, Integer year, PlanStatus status) {
        StringBuilder q = new StringBuilder("from ProcurementPlan plan where plan.revision = "
                + "(select max(p.revision) from ProcurementPlan p where p.department = plan.department and p.year = plan.year)");
        Parameters p = new Parameters();
        if (department != null) {
            q.append(" and plan.department = :d");
            p = p.and("d", department);
        }
        if (year != null) {
            q.append(" and plan.year = :y");
            p = p.and("y", year);
        }
        if (status != null) {
            q.append(" and plan.status = :s");
            p = p.and("s", status);
        }
        return new Filter(q.toString(), p);
    }
}
