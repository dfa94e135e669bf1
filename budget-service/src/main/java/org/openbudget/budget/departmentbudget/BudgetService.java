package org.openbudget.budget.departmentbudget;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.budget.department.Department;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.budget.document.BudgetDocument;
import org.openbudget.budget.document.BudgetSummary;
import org.openbudget.budget.event.BudgetEvents;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.DraftScope;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.common.web.PageResult;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stores department-year budgets. Every committed change — content, line, status, new adjustment — bumps
 * the department-year's version and appends {@code DepartmentBudgetChanged} in the same transaction.
 */
@ApplicationScoped
public class BudgetService {

    /** The outcome of a write: the stored budget and whether it was new, changed or identical. */
    public record Saved(BudgetDocument document, boolean created, boolean changed) {
    }

    private final BudgetWriteMapper write;
    private final BudgetReadMapper read;
    private final BudgetEvents events;
    private final SubmitGuard submitGuard;
    private final BudgetReviewer reviewer;
    private final ZoneId zone;

    public BudgetService(BudgetWriteMapper write, BudgetReadMapper read, BudgetEvents events, SubmitGuard submitGuard,
                         BudgetReviewer reviewer,
                         @ConfigProperty(name = "openbudget.budget.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.write = write;
        this.read = read;
        this.events = events;
        this.submitGuard = submitGuard;
        this.reviewer = reviewer;
        this.zone = zone;
    }

    /** Creates the department-year (as a draft, adjustment 0) or replaces the content of its draft. */
    @Transactional
    public Saved put(String dept, int year, BudgetContent content, Long expectedVersion) {
        Department department = department(dept);
        BudgetContent canonical = ContentChecks.canonical(content);
        DepartmentBudget root = lock(dept, year).orElse(null);
        if (root == null) {
            // two first PUTs of one department-year: the department row makes the second wait and then update
            Department.findById(dept, LockModeType.PESSIMISTIC_WRITE);
            root = lock(dept, year).orElse(null);
        }
        VersionTag.check(expectedVersion, root == null ? 0 : root.version, subject(dept, year));
        BudgetEdition edition;
        boolean created = root == null;
        if (created) {
            root = newRoot(dept, year);
            edition = newEdition(root, 0);
        } else {
            edition = current(root);
            PartWorkflow.requireEditable(edition.status, subject(dept, year), "PUT");
            if (edition.inputUnit == canonical.unit() && sameContent(edition, canonical)) {
                return new Saved(document(edition, department, edition.inputUnit), false, false);
            }
        }
        write.update(canonical, edition, canonical.unit());
        edition.inputUnit = canonical.unit();
        commit(root, edition, department);
        return new Saved(document(edition, department, edition.inputUnit), created, true);
    }

    /** Applies a single-line edit (amounts already in 元) to the current draft. */
    @Transactional
    public Saved edit(String dept, int year, Long expectedVersion, UnaryOperator<BudgetContent> change) {
        Department department = department(dept);
        DepartmentBudget root = lock(dept, year).orElseThrow(() -> missing(dept, year));
        VersionTag.check(expectedVersion, root.version, subject(dept, year));
        BudgetEdition edition = current(root);
        PartWorkflow.requireEditable(edition.status, subject(dept, year), "line edit");
        BudgetContent before = read.content(edition, AmountUnit.YUAN);
        BudgetContent after = ContentChecks.canonical(change.apply(before));
        if (after.equals(before)) {
            return new Saved(document(edition, department, edition.inputUnit), false, false);
        }
        write.update(after, edition, AmountUnit.YUAN);
        commit(root, edition, department);
        return new Saved(document(edition, department, edition.inputUnit), false, true);
    }

    /** Moves the current adjustment along the workflow; {@code approvalDate} only for approve (default: today). */
    @Transactional
    public BudgetDocument transition(String dept, int year, WorkflowAction action, LocalDate approvalDate,
                                     Long expectedVersion) {
        return transition(dept, year, action, approvalDate, null, expectedVersion);
    }

    /**
     * Publishes the current adjustment as of a past day (a budget loaded from the published archive): its
     * {@code publishedAt} is that day, which the event carries, so that timeliness is judged on the real dates.
     * The day may be neither after today nor before the approval date.
     */
    @Transactional
    public BudgetDocument publishOn(String dept, int year, LocalDate publishedOn, Long expectedVersion) {
        return transition(dept, year, WorkflowAction.PUBLISH, null, publishedOn, expectedVersion);
    }

    private BudgetDocument transition(String dept, int year, WorkflowAction action, LocalDate approvalDate,
                                      LocalDate publishedOn, Long expectedVersion) {
        if (action.startsNewVersion()) {
            // the rules allow it from approved, but it must not move this version: adjust(…) starts the next one
            throw new IllegalArgumentException("an adjustment is a new version: use adjust(…)");
        }
        Department department = department(dept);
        DepartmentBudget root = lock(dept, year).orElseThrow(() -> missing(dept, year));
        VersionTag.check(expectedVersion, root.version, subject(dept, year));
        BudgetEdition edition = current(root);
        WorkflowStatus next = PartWorkflow.next(edition.status, action, subject(dept, year));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        switch (action) {
            case SUBMIT -> {
                submitGuard.check(document(edition, department, AmountUnit.YUAN));
                edition.submittedAt = now;
            }
            case RETURN -> edition.submittedAt = null;
            case APPROVE -> {
                edition.approvedAt = now;
                edition.approvalDate = approvalDate != null ? approvalDate : LocalDate.now(zone);
            }
            case PUBLISH -> edition.publishedAt = publishedOn == null ? now : statedDay(publishedOn, edition.approvalDate);
        }
        edition.status = next;
        commit(root, edition, department);
        return document(edition, department, edition.inputUnit);
    }

    /**
     * A stated publication day as a time: noon in the budget's zone, so that the calendar day is the same whether a
     * reader takes it in UTC or in local time (a day has no hour; midnight would be the previous day in UTC).
     */
    private OffsetDateTime statedDay(LocalDate day, LocalDate approvalDate) {
        if (day.isAfter(LocalDate.now(zone))) {
            throw ProblemException.invalid("publishedOn", "is after today (" + LocalDate.now(zone) + "): a publication "
                    + "date states a past day");
        }
        if (approvalDate != null && day.isBefore(approvalDate)) {
            throw ProblemException.invalid("publishedOn", "is before the approval date " + approvalDate
                    + ": a budget is published after it is approved");
        }
        return day.atTime(12, 0).atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Starts an adjusted version (调整预算) of an approved or published budget: a new draft adjustment with the given
     * content, or a copy of the current one, which stays as it is.
     */
    @Transactional
    public Saved adjust(String dept, int year, BudgetContent content, Long expectedVersion) {
        Department department = department(dept);
        DepartmentBudget root = lock(dept, year).orElseThrow(() -> missing(dept, year));
        VersionTag.check(expectedVersion, root.version, subject(dept, year));
        BudgetEdition adjusted = current(root);
        PartWorkflow.next(adjusted.status, WorkflowAction.ADJUST, subject(dept, year));
        BudgetEdition next = newEdition(root, adjusted.adjustment + 1);
        BudgetContent source = content != null ? ContentChecks.canonical(content) : read.content(adjusted, AmountUnit.YUAN);
        write.update(source, next, source.unit());
        next.inputUnit = content != null ? content.unit() : adjusted.inputUnit;
        commit(root, next, department);
        return new Saved(document(next, department, next.inputUnit), true, true);
    }

    @Transactional
    public Optional<BudgetDocument> current(String dept, int year, AmountUnit unit) {
        return root(dept, year).map(root -> {
            BudgetEdition edition = current(root);
            return document(edition, Department.findById(dept), unit == null ? edition.inputUnit : unit);
        });
    }

    @Transactional
    public Optional<BudgetDocument> adjustment(String dept, int year, int adjustment, AmountUnit unit) {
        Optional<BudgetEdition> found = root(dept, year)
                .flatMap(root -> BudgetEdition.find("budget = ?1 and adjustment = ?2", root, adjustment).firstResultOptional());
        return found.map(edition -> document(edition, Department.findById(dept), unit == null ? edition.inputUnit : unit));
    }

    /** The latest published adjustment: the current one once published, the one before during a 调整预算. */
    @Transactional
    public Optional<BudgetDocument> latestPublished(String dept, int year, AmountUnit unit) {
        return root(dept, year).flatMap(BudgetService::latestPublished)
                .map(edition -> document(edition, Department.findById(dept), unit == null ? edition.inputUnit : unit));
    }

    /** The history of a department-year: every adjustment, oldest first; empty when there is no such budget. */
    @Transactional
    public Optional<List<BudgetSummary>> history(String dept, int year) {
        return root(dept, year).map(root -> {
            Department department = Department.findById(dept);
            return BudgetEdition.<BudgetEdition>find("budget = ?1 order by adjustment", root).stream()
                    .map(e -> new BudgetSummary(dept, department.name, department.regionCode, year, e.adjustment, e.status,
                            e.version, e.approvalDate, e.updatedAt))
                    .toList();
        });
    }

    /**
     * A page of department-years, each as the caller may see it ({@link DraftScope}): the current adjustment where
     * the caller reads the department's drafts, else the latest published one; a department-year with nothing
     * published is left out for such a caller. {@code status} filters the adjustment shown.
     */
    @Transactional
    public PageResult<BudgetSummary> list(Integer year, String dept, String region, WorkflowStatus status, int page,
                                          int pageSize, DraftScope scope) {
        StringBuilder where = new StringBuilder(" from DepartmentBudget b, Department d, BudgetEdition e"
                + " where d.code = b.departmentCode and e.budget = b");
        Map<String, Object> params = new HashMap<>();
        visibleEdition(scope, where, params);
        if (year != null) {
            where.append(" and b.year = :year");
            params.put("year", year);
        }
        if (dept != null) {
            where.append(" and b.departmentCode = :dept");
            params.put("dept", dept);
        }
        if (region != null) {
            where.append(" and d.regionCode = :region");
            params.put("region", region);
        }
        if (status != null) {
            where.append(" and e.status = :status");
            params.put("status", status);
        }
        var em = Panache.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(b)" + where, Long.class);
        TypedQuery<BudgetSummary> items = em.createQuery("select new org.openbudget.budget.document.BudgetSummary("
                + "b.departmentCode, d.name, d.regionCode, b.year, e.adjustment, e.status, e.version,"
                + " e.approvalDate, e.updatedAt)" + where + " order by b.year desc, b.departmentCode", BudgetSummary.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        items.setFirstResult(page * pageSize).setMaxResults(pageSize);
        return new PageResult<>(items.getResultList(), count.getSingleResult(), page, pageSize);
    }

    /** Joins each department-year to the one adjustment the caller may see of it. */
    private static void visibleEdition(DraftScope scope, StringBuilder where, Map<String, Object> params) {
        String current = "e.adjustment = b.currentAdjustment";
        String published = "e.adjustment = (select max(p.adjustment) from BudgetEdition p"
                + " where p.budget = b and p.status = :published)";
        if (scope.all()) {
            where.append(" and ").append(current);
            return;
        }
        params.put("published", WorkflowStatus.PUBLISHED);
        if (scope.none()) {
            where.append(" and ").append(published);
            return;
        }
        // empty sets would be "in ()": only the claims the caller has take part
        List<String> readable = new ArrayList<>();
        if (!scope.departments().isEmpty()) {
            readable.add("b.departmentCode in :draftDepartments");
            params.put("draftDepartments", scope.departments());
        }
        if (!scope.regions().isEmpty()) {
            readable.add("d.regionCode in :draftRegions");
            params.put("draftRegions", scope.regions());
        }
        String drafts = "(" + String.join(" or ", readable) + ")";
        where.append(" and ((").append(drafts).append(" and ").append(current).append(") or (not ").append(drafts)
                .append(" and ").append(published).append("))");
    }

    private boolean sameContent(BudgetEdition edition, BudgetContent canonical) {
        BudgetEdition probe = new BudgetEdition();
        write.update(canonical, probe, canonical.unit());
        return read.content(probe, AmountUnit.YUAN).equals(read.content(edition, AmountUnit.YUAN));
    }

    private void commit(DepartmentBudget root, BudgetEdition edition, Department department) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        root.version++;
        root.currentAdjustment = edition.adjustment;
        root.status = edition.status;
        root.updatedAt = now;
        edition.version = root.version;
        edition.updatedAt = now;
        edition.persistAndFlush();
        events.departmentBudgetChanged(root.departmentCode, root.year, event(root, edition, department));
    }

    private DepartmentBudgetChanged event(DepartmentBudget root, BudgetEdition edition, Department department) {
        BudgetDocument current = document(edition, department, AmountUnit.YUAN);
        // an unpublished adjustment 0 has nothing before it to look up; a later one finds none either when it was
        // started from an approved adjustment that was never published
        BudgetDocument published = edition.status == WorkflowStatus.PUBLISHED ? current
                : edition.adjustment == 0 ? null
                : latestPublished(root).map(e -> document(e, department, AmountUnit.YUAN)).orElse(null);
        return new DepartmentBudgetChanged(root.departmentCode, root.year, root.version, edition.status,
                edition.adjustment, current, published, reviewer.review(current),
                published == null ? null : published == current ? null : reviewer.review(published));
    }

    BudgetDocument document(BudgetEdition edition, Department department, AmountUnit unit) {
        return new BudgetDocument(department.code, department.name, edition.budget.year, edition.adjustment,
                edition.status, edition.version, edition.inputUnit, edition.approvalDate,
                edition.approvalDate == null ? null : edition.approvalDate.plusDays(BudgetDocument.DISCLOSURE_DAYS),
                edition.submittedAt, edition.approvedAt, edition.publishedAt, edition.updatedAt,
                read.content(edition, unit));
    }

    private static Department department(String dept) {
        Department department = Department.findById(dept);
        if (department == null) {
            throw new ProblemException(404, "not-found", "Not found", "department " + dept + " does not exist",
                    List.of(new FieldError("dept", "no department with this code; PUT /api/v1/departments/" + dept + " first")));
        }
        return department;
    }

    private static Optional<DepartmentBudget> root(String dept, int year) {
        return DepartmentBudget.<DepartmentBudget>find("departmentCode = ?1 and year = ?2", dept, year).firstResultOptional();
    }

    private static Optional<DepartmentBudget> lock(String dept, int year) {
        return DepartmentBudget.<DepartmentBudget>find("departmentCode = ?1 and year = ?2", dept, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static Optional<BudgetEdition> latestPublished(DepartmentBudget root) {
        return BudgetEdition.<BudgetEdition>find("budget = ?1 and status = ?2 order by adjustment desc",
                root, WorkflowStatus.PUBLISHED).firstResultOptional();
    }

    private static BudgetEdition current(DepartmentBudget root) {
        return BudgetEdition.<BudgetEdition>find("budget = ?1 and adjustment = ?2", root, root.currentAdjustment).firstResult();
    }

    private static DepartmentBudget newRoot(String dept, int year) {
        DepartmentBudget root = new DepartmentBudget();
        root.departmentCode = dept;
        root.year = year;
        root.status = WorkflowStatus.DRAFT;
        root.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        root.persist();
        return root;
    }

    private static BudgetEdition newEdition(DepartmentBudget root, int adjustment) {
        BudgetEdition edition = new BudgetEdition();
        edition.budget = root;
        edition.adjustment = adjustment;
        edition.status = WorkflowStatus.DRAFT;
        edition.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        edition.functionalLines = new ArrayList<>();
        return edition;
    }

    /** How problems name the department-year: {@code budget 434/2022}. */
    private static String subject(String dept, int year) {
        return "budget " + dept + "/" + year;
    }

    private static ProblemException missing(String dept, int year) {
        return ProblemException.notFound("no budget of department " + dept + " for " + year);
    }
}
