package org.openbudget.performance.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.DraftScope;
import org.openbudget.common.web.PageResult;
import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.performance.lint.LintReport;
import org.openbudget.performance.security.ReadScope;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads: one set, its history, its lint, and the filtered listing — each as far as the caller may read it
 * ({@link ReadScope}, {@link DraftScope}): drafts for their readers, published revisions for everyone.
 */
@ApplicationScoped
public class TargetQueries {

    private static final String CURRENT = "r.revision = s.currentRevision";
    private static final String LATEST_PUBLISHED = "r.status = :published and r.revision = "
            + "(select max(lp.revision) from TargetRevision lp where lp.targetSet = s and lp.status = :published)";

    private final TargetStore store;
    private final TargetMapper mapper;
    private final EntityManager em;

    public TargetQueries(TargetStore store, TargetMapper mapper, EntityManager em) {
        this.store = store;
        this.mapper = mapper;
        this.em = em;
    }

    /**
     * The revision the caller reads: the current one for a draft reader (with the last published one beside an
     * unpublished adjustment), else the latest published one.
     */
    @Transactional
    public TargetSetDto current(String department, int year, ReadScope scope) {
        TargetRevision r = readable(department, year, scope);
        return store.dto(r.targetSet, r);
    }

    /** One revision by number; a caller who reads published revisions only gets the others refused, never a 404. */
    @Transactional
    public TargetSetDto revision(String department, int year, int revision, ReadScope scope) {
        Optional<TargetSet> found = store.find(department, year).filter(s -> s.currentRevision > 0);
        Optional<TargetRevision> r = found.flatMap(s -> store.revision(s, revision));
        if (!scope.drafts() && r.filter(TargetQueries::published).isEmpty()) {
            throw scope.refusal();
        }
        TargetSet set = found.orElseThrow(() -> TargetService.notFound(department, year));
        return store.dto(set, r.orElseThrow(() -> ProblemException.notFound(
                "revision " + revision + " of " + department + "/" + year + " does not exist (current: " + set.currentRevision + ")")));
    }

    /** The history; a caller who reads published revisions only sees those (refused when there is none). */
    @Transactional
    public List<RevisionSummary> revisions(String department, int year, ReadScope scope) {
        if (scope.drafts()) {
            return store.revisions(set(department, year)).stream().map(mapper::toSummary).toList();
        }
        List<RevisionSummary> published = store.find(department, year).map(store::revisions).orElse(List.of()).stream()
                .filter(TargetQueries::published)
                .map(mapper::toSummary)
                .toList();
        if (published.isEmpty()) {
            throw scope.refusal();
        }
        return published;
    }

    @Transactional
    public ProjectDto project(String department, int year, String projectId, ReadScope scope) {
        return readable(department, year, scope).projects.stream()
                .filter(p -> p.projectId.equals(projectId))
                .findFirst()
                .map(mapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("project " + projectId + " does not exist in " + department + "/" + year));
    }

    @Transactional
    public List<ProjectDto> projects(String department, int year, ReadScope scope) {
        return mapper.toProjectDtos(readable(department, year, scope).projects);
    }

    /** The lint of the revision the caller reads: a draft's findings would tell an outsider what the draft says. */
    @Transactional
    public TargetLintDto lint(String department, int year, ReadScope scope) {
        TargetRevision r = readable(department, year, scope);
        LintReport lint = store.lint(r);
        return new TargetLintDto(department, year, r.revision, r.status, r.targetSet.version,
                lint.errors(), lint.warnings(), lint.infos(), lint.findings());
    }

    /**
     * Department-years, newest year first, then by department code: the current revision of those whose drafts the
     * caller reads, the latest published revision of the others (a department-year never published is left out).
     */
    @Transactional
    public PageResult<TargetSetSummary> list(String department, Integer year, WorkflowStatus status, int page,
                                             int pageSize, DraftScope drafts) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from TargetRevision r join r.targetSet s where ");
        if (drafts.all()) {
            where.append(CURRENT);
        } else if (drafts.none()) {
            where.append(LATEST_PUBLISHED);
            params.put("published", WorkflowStatus.PUBLISHED);
        } else {
            where.append("((s.department in :drafts and ").append(CURRENT).append(") or (s.department not in :drafts and ")
                    .append(LATEST_PUBLISHED).append("))");
            params.put("drafts", drafts.departments());
            params.put("published", WorkflowStatus.PUBLISHED);
        }
        if (department != null) {
            where.append(" and s.department = :department");
            params.put("department", department);
        }
        if (year != null) {
            where.append(" and s.year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        // r.updatedAt, not the set's: the set's moves with every draft change, which a reader of the published
        // revision must not see
        TypedQuery<Object[]> rows = em.createQuery("select s.department, s.year, r.revision, r.status, s.version, "
                + "size(r.projects), "
                + "(select count(i) from TargetRevision r2 join r2.projects p join p.indicators i where r2 = r), "
                + "(select max(pr.revision) from TargetRevision pr where pr.targetSet = s and pr.status = :published), "
                + "r.updatedAt" + where + " order by s.year desc, s.department", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setParameter("published", WorkflowStatus.PUBLISHED);
        List<TargetSetSummary> items = new ArrayList<>();
        for (Object[] row : rows.setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList()) {
            items.add(new TargetSetSummary((String) row[0], (Integer) row[1], (Integer) row[2], (WorkflowStatus) row[3],
                    (Long) row[4], ((Number) row[5]).intValue(), ((Number) row[6]).intValue(),
                    (Integer) row[7], (OffsetDateTime) row[8]));
        }
        return new PageResult<>(items, count.getSingleResult(), page, pageSize);
    }

    /** The current revision for a draft reader; for anyone else the latest published one, or the refusal. */
    private TargetRevision readable(String department, int year, ReadScope scope) {
        if (scope.drafts()) {
            TargetSet set = set(department, year);
            return store.revision(set, set.currentRevision).orElseThrow();
        }
        return store.find(department, year).flatMap(store::lastPublished).orElseThrow(scope::refusal);
    }

    private static boolean published(TargetRevision r) {
        return r.status == WorkflowStatus.PUBLISHED;
    }

    private TargetSet set(String department, int year) {
        return store.find(department, year)
                .filter(s -> s.currentRevision > 0)
                .orElseThrow(() -> TargetService.notFound(department, year));
    }
}
