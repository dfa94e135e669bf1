package org.openbudget.performance.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.web.PageResult;
import org.openbudget.performance.lint.LintReport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads: one set, its history, its lint, and the filtered listing. */
@ApplicationScoped
public class TargetQueries {

    private final TargetStore store;
    private final TargetMapper mapper;
    private final EntityManager em;

    public TargetQueries(TargetStore store, TargetMapper mapper, EntityManager em) {
        this.store = store;
        this.mapper = mapper;
        this.em = em;
    }

    @Transactional
    public TargetSetDto current(String department, int year) {
        TargetSet set = set(department, year);
        return store.dto(set, store.revision(set, set.currentRevision).orElseThrow());
    }

    @Transactional
    public TargetSetDto revision(String department, int year, int revision) {
        TargetSet set = set(department, year);
        TargetRevision r = store.revision(set, revision).orElseThrow(() -> ProblemException.notFound(
                "revision " + revision + " of " + department + "/" + year + " does not exist (current: " + set.currentRevision + ")"));
        return store.dto(set, r);
    }

    @Transactional
    public List<RevisionSummary> revisions(String department, int year) {
        return store.revisions(set(department, year)).stream().map(mapper::toSummary).toList();
    }

    @Transactional
    public ProjectDto project(String department, int year, String projectId) {
        TargetSet set = set(department, year);
        return store.revision(set, set.currentRevision).orElseThrow().projects.stream()
                .filter(p -> p.projectId.equals(projectId))
                .findFirst()
                .map(mapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("project " + projectId + " does not exist in " + department + "/" + year));
    }

    @Transactional
    public List<ProjectDto> projects(String department, int year) {
        TargetSet set = set(department, year);
        return mapper.toProjectDtos(store.revision(set, set.currentRevision).orElseThrow().projects);
    }

    @Transactional
    public TargetLintDto lint(String department, int year) {
        TargetSet set = set(department, year);
        TargetRevision r = store.revision(set, set.currentRevision).orElseThrow();
        LintReport lint = store.lint(r);
        return new TargetLintDto(department, year, r.revision, r.status, set.version,
                lint.errors(), lint.warnings(), lint.infos(), lint.findings());
    }

    /** Current revisions, filtered; newest year first, then by department code. */
    @Transactional
    public PageResult<TargetSetSummary> list(String department, Integer year, Status status, int page, int pageSize) {
        StringBuilder where = new StringBuilder(" from TargetRevision r join r.targetSet s where r.revision = s.currentRevision");
        Map<String, Object> params = new LinkedHashMap<>();
        if (department != null) {
            where.append(" and s.department = :department");
            params.put("department", department);
        }
        if (year != null) {
            where.append(" and s.fiscalYear = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select s.department, s.fiscalYear, r.revision, r.status, s.version, "
                + "size(r.projects), "
                + "(select count(i) from TargetRevision r2 join r2.projects p join p.indicators i where r2 = r), "
                + "(select max(pr.revision) from TargetRevision pr where pr.targetSet = s and pr.status = :published), "
                + "s.updatedAt" + where + " order by s.fiscalYear desc, s.department", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setParameter("published", Status.PUBLISHED);
        List<TargetSetSummary> items = new ArrayList<>();
        for (Object[] row : rows.setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList()) {
            items.add(new TargetSetSummary((String) row[0], (Integer) row[1], (Integer) row[2], (Status) row[3],
                    (Long) row[4], ((Number) row[5]).intValue(), ((Number) row[6]).intValue(),
                    (Integer) row[7], (OffsetDateTime) row[8]));
        }
        return new PageResult<>(items, count.getSingleResult(), page, pageSize);
    }

    private TargetSet set(String department, int year) {
        return store.find(department, year)
                .filter(s -> s.currentRevision > 0)
                .orElseThrow(() -> TargetService.notFound(department, year));
    }
}
