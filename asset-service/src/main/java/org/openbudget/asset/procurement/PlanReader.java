package org.openbudget.asset.procurement;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.common.security.DraftScope;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.util.List;
import java.util.Optional;

/** Reads stored procurement plans (for the API and for the state the events carry). */
@ApplicationScoped
public class PlanReader {

    private final PlanMapper mapper;

    public PlanReader(PlanMapper mapper) {
        this.mapper = mapper;
    }

    public PlanDto toDto(ProcurementPlan plan, AmountUnit unit) {
        return mapper.toDto(plan, unit);
    }

    /** The latest revision — the one being worked on, or the published one when no adjustment is under way. */
    public Optional<ProcurementPlan> current(String department, int year) {
        return ProcurementPlan.<ProcurementPlan>find("department = ?1 and year = ?2", Sort.descending("revision"), department, year)
                .firstResultOptional();
    }

    public Optional<ProcurementPlan> lastPublished(String department, int year) {
        return ProcurementPlan.<ProcurementPlan>find("department = ?1 and year = ?2 and status = ?3", Sort.descending("revision"),
                department, year, WorkflowStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<ProcurementPlan> revision(String department, int year, int revision) {
        return ProcurementPlan.find("department = ?1 and year = ?2 and revision = ?3", department, year, revision)
                .firstResultOptional();
    }

    public List<ProcurementPlan> revisions(String department, int year) {
        return ProcurementPlan.list("department = ?1 and year = ?2", Sort.ascending("revision"), department, year);
    }

    public List<ProcurementPlan> publishedRevisions(String department, int year) {
        return ProcurementPlan.list("department = ?1 and year = ?2 and status = ?3", Sort.ascending("revision"), department,
                year, WorkflowStatus.PUBLISHED);
    }

    /**
     * One revision of each department-year, filtered; by year, then department. The current revision for the
     * departments of {@code scope}; for any other department the latest published revision (none: not listed),
     * so a draft or a draft adjustment never shows through a list.
     */
    public List<PlanDto> list(String department, Integer year, WorkflowStatus status, DraftScope scope, int page, int pageSize,
                              AmountUnit unit) {
        Filter f = filter(department, year, status, scope);
        return ProcurementPlan.<ProcurementPlan>find(f.query, Sort.by("year", Sort.Direction.Descending).and("department"), f.params)
                .page(Page.of(page, pageSize)).list().stream().map(p -> mapper.toDto(p, unit)).toList();
    }

    public long count(String department, Integer year, WorkflowStatus status, DraftScope scope) {
        Filter f = filter(department, year, status, scope);
        return ProcurementPlan.count(f.query, f.params);
    }

    private record Filter(String query, Parameters params) {
    }

    private static final String LATEST = "plan.revision = (select max(p.revision) from ProcurementPlan p "
            + "where p.department = plan.department and p.year = plan.year)";
    private static final String LATEST_PUBLISHED = "plan.status = :published and plan.revision = (select max(p.revision) "
            + "from ProcurementPlan p where p.department = plan.department and p.year = plan.year and p.status = :published)";

    private static Filter filter(String department, Integer year, WorkflowStatus status, DraftScope scope) {
        Parameters p = new Parameters();
        StringBuilder q = new StringBuilder("from ProcurementPlan plan where ");
        if (scope.all()) {
            q.append(LATEST);
        } else if (scope.none()) {
            q.append(LATEST_PUBLISHED);
            p = p.and("published", WorkflowStatus.PUBLISHED);
        } else {
            q.append("((plan.department in :readable and ").append(LATEST).append(") or (plan.department not in :readable and ")
                    .append(LATEST_PUBLISHED).append("))");
            p = p.and("readable", scope.departments()).and("published", WorkflowStatus.PUBLISHED);
        }
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
