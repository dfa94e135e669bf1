package org.openbudget.performance.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.openbudget.disclosure.workflow.WorkflowStatus;
import org.openbudget.performance.event.PerformanceEvents;
import org.openbudget.performance.lint.LintReport;
import org.openbudget.performance.lint.TargetLinter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of target sets shared by the editing, workflow and query services: finding and locking a
 * department-year, its revisions, and committing a change together with its event.
 */
@ApplicationScoped
public class TargetStore {

    private final EntityManager em;
    private final TargetMapper mapper;
    private final PerformanceEvents events;
    private final TargetLinter linter = new TargetLinter();

    public TargetStore(EntityManager em, TargetMapper mapper, PerformanceEvents events) {
        this.em = em;
        this.mapper = mapper;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TargetSet> find(String department, int year) {
        return TargetSet.<TargetSet>find("department = ?1 and year = ?2", department, year).firstResultOptional();
    }

    /** The set, locked against concurrent changes until the transaction ends; empty if it does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TargetSet> lock(String department, int year) {
        return TargetSet.<TargetSet>find("department = ?1 and year = ?2", department, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The set, locked, created (version 0, no revision yet) when missing. The insert tolerates a
     * concurrent creator, so two first writes of one department-year serialise instead of failing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TargetSet lockOrCreate(String department, int year) {
        em.createNativeQuery("insert into performance_target_set "
                        + "(department_code, fiscal_year, version, current_revision, created_at, updated_at) "
                        + "values (?1, ?2, 0, 0, now(), now()) on conflict (department_code, fiscal_year) do nothing")
                .setParameter(1, department).setParameter(2, year).executeUpdate();
        return lock(department, year).orElseThrow();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TargetRevision> revision(TargetSet set, int revision) {
        return TargetRevision.<TargetRevision>find("targetSet = ?1 and revision = ?2", set, revision).firstResultOptional();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TargetRevision> revisions(TargetSet set) {
        return TargetRevision.<TargetRevision>find("targetSet = ?1 order by revision", set).list();
    }

    /** The latest published revision of the set, if any: what a reader of published data sees. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TargetRevision> lastPublished(TargetSet set) {
        return TargetRevision.<TargetRevision>find("targetSet = ?1 and status = ?2 order by revision desc", set,
                WorkflowStatus.PUBLISHED).firstResultOptional();
    }

    /** A new revision holding {@code content}, in draft, becoming the set's current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TargetRevision newRevision(TargetSet set, int number, TargetSetPayload content) {
        OffsetDateTime now = now();
        TargetRevision r = new TargetRevision();
        r.targetSet = set;
        r.revision = number;
        r.status = WorkflowStatus.DRAFT;
        r.createdAt = now;
        r.updatedAt = now;
        mapper.fill(content, r);
        r.persist();
        set.currentRevision = number;
        return r;
    }

    public LintReport lint(TargetRevision revision) {
        return linter.lint(mapper.toContent(revision));
    }

    /** The revision in full with its lint and, when it is not itself published, the last published revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TargetSetDto dto(TargetSet set, TargetRevision r) {
        TargetSetDto lastPublished = null;
        if (r.status != WorkflowStatus.PUBLISHED) {
            lastPublished = TargetRevision.<TargetRevision>find(
                            "targetSet = ?1 and status = ?2 and revision < ?3 order by revision desc", set, WorkflowStatus.PUBLISHED, r.revision)
                    .firstResultOptional()
                    .map(p -> mapper.toDto(set, p, lint(p), null))
                    .orElse(null);
        }
        return mapper.toDto(set, r, lint(r), lastPublished);
    }

    /** Counts the change, writes it and appends its event in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TargetSetDto commit(TargetSet set, TargetRevision r) {
        OffsetDateTime now = now();
        set.version++;
        set.updatedAt = now;
        r.updatedAt = now;
        em.flush();
        TargetSetDto dto = dto(set, r);
        events.targetsChanged(set.department, set.year, dto);
        return dto;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
