package org.openbudget.asset.procurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.asset.event.AssetEvents;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.asset.validation.ValidationReport;
import org.openbudget.asset.web.Requests;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.disclosure.workflow.WorkflowAction;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stores procurement plans and moves them through their workflow. Every committed change bumps the plan's
 * version and appends ProcurementPlanChanged in the same transaction; an identical PUT changes nothing.
 */
@ApplicationScoped
public class PlanService {

    /** Approval dates are the county's calendar days. */
    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    /** The outcome of a write: the current revision (in the body's unit) and whether it was new or changed. */
    public record Saved(PlanDto plan, boolean created, boolean changed) {
    }

    private final PlanMapper mapper;
    private final PlanReader reader;
    private final AssetEvents events;
    private final Access access;

    public PlanService(PlanMapper mapper, PlanReader reader, AssetEvents events, Access access) {
        this.mapper = mapper;
        this.reader = reader;
        this.events = events;
        this.access = access;
    }

    /** Creates revision 1 as a draft, or replaces the lines of the current draft. */
    @Transactional
    public Saved put(String department, int year, PlanPayload payload, Long expectedVersion) {
        return store(department, year, lines(payload), payload.unit(), expectedVersion);
    }

    /**
     * The lines of a payload, in 元; refused (400, fields named in the body) when an amount is not exact or the input
     * rules refuse a figure. Reads nothing stored: the bulk API checks every item with it before writing.
     */
    public List<ProcurementItem> lines(PlanPayload payload) {
        AmountUnit unit = payload.unit();
        Requests.requireExactAmounts(unit, payload);
        List<ProcurementItem> items = mapper.toEntities(payload.items(), unit);
        Requests.rejectInputFindings(ProcurementRules.check(mapper.toDtos(items, AmountUnit.YUAN), AmountUnit.YUAN, "items"),
                ProcurementRules::rejectsInput);
        return items;
    }

    /**
     * Creates revision 1 or replaces the draft's lines with {@code items} from {@link #lines}, in the caller's
     * transaction: the PUT's and the bulk API's one write path. {@code unit}: the unit of the answer, the body's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Saved store(String department, int year, List<ProcurementItem> items, AmountUnit unit, Long expectedVersion) {
        events.lock(department, year);
        ProcurementPlan plan = reader.current(department, year).orElse(null);
        VersionTag.check(expectedVersion, plan == null ? 0 : plan.version, describe(department, year));
        if (plan == null) {
            plan = new ProcurementPlan();
            plan.department = department;
            plan.year = year;
            plan.revision = 1;
            plan.status = WorkflowStatus.DRAFT;
            plan.items = items;
            return new Saved(commit(plan, unit), true, true);
        }
        PartWorkflow.requireEditable(plan.status, describe(department, year), "PUT");
        if (mapper.toDtos(plan.items, AmountUnit.YUAN).equals(mapper.toDtos(items, AmountUnit.YUAN))) {
            return new Saved(mapper.toDto(plan, unit), false, false);
        }
        plan.items.clear();
        plan.items.addAll(items);
        return new Saved(commit(plan, unit), false, true);
    }

    @Transactional
    public PlanDto addItem(String department, int year, ItemChange change, Long expectedVersion) {
        ProcurementItem item = item(change);
        return edit(department, year, expectedVersion, change.unit(), plan -> plan.items.add(item));
    }

    @Transactional
    public PlanDto replaceItem(String department, int year, int lineNo, ItemChange change, Long expectedVersion) {
        ProcurementItem item = item(change);
        return edit(department, year, expectedVersion, change.unit(), plan -> plan.items.set(index(plan, lineNo), item));
    }

    @Transactional
    public PlanDto deleteItem(String department, int year, int lineNo, Long expectedVersion, AmountUnit unit) {
        return edit(department, year, expectedVersion, unit, plan -> plan.items.remove(index(plan, lineNo)));
    }

    /** submit / return / approve / publish; {@code approvedOn} defaults to today in the county. */
    @Transactional
    public PlanDto transition(String department, int year, WorkflowAction action, LocalDate approvedOn,
                              Long expectedVersion, AmountUnit unit) {
        events.lock(department, year);
        ProcurementPlan plan = current(department, year);
        VersionTag.check(expectedVersion, plan.version, describe(department, year));
        plan.status = PartWorkflow.next(plan.status, action, describe(department, year));
        if (action == WorkflowAction.APPROVE) {
            plan.approvedOn = approvedOn != null ? approvedOn : LocalDate.now(COUNTY_ZONE);
        }
        if (action == WorkflowAction.PUBLISH) {
            plan.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return commit(plan, unit);
    }

    /**
     * Starts an adjustment (调整预算): a new revision in draft, a copy of the approved or published current one, which
     * stays as it is.
     */
    @Transactional
    public PlanDto adjust(String department, int year, Long expectedVersion, AmountUnit unit) {
        events.lock(department, year);
        ProcurementPlan source = current(department, year);
        VersionTag.check(expectedVersion, source.version, describe(department, year));
        ProcurementPlan adjusted = new ProcurementPlan();
        adjusted.status = PartWorkflow.next(source.status, WorkflowAction.ADJUST, describe(department, year));
        adjusted.department = department;
        adjusted.year = year;
        adjusted.revision = source.revision + 1;
        adjusted.version = source.version;
        adjusted.items = new ArrayList<>(source.items.stream().map(mapper::copy).toList());
        return commit(adjusted, unit);
    }

    /**
     * The revision a reader sees: the current one for a reader of the department's drafts ({@code drafts}), else
     * the latest published one; where none is published an outsider gets the refusal (401/403), never a 404 that
     * would tell "no plan" from "only a draft".
     */
    @Transactional
    public PlanDto get(String department, int year, boolean drafts, AmountUnit unit) {
        return mapper.toDto(shown(department, year, drafts), unit);
    }

    /** One revision; an unpublished one (or one that does not exist) is refused to an outsider. */
    @Transactional
    public PlanDto revision(String department, int year, int revision, boolean drafts, AmountUnit unit) {
        Optional<ProcurementPlan> found = reader.revision(department, year, revision);
        if (!drafts) {
            return found.filter(p -> p.status == WorkflowStatus.PUBLISHED).map(p -> mapper.toDto(p, unit))
                    .orElseThrow(() -> refusal(department));
        }
        return found.map(p -> mapper.toDto(p, unit))
                .orElseThrow(() -> ProblemException.notFound(describe(department, year) + " has no revision " + revision));
    }

    /** The history; an outsider sees the published revisions only. */
    @Transactional
    public List<PlanDto> revisions(String department, int year, boolean drafts, AmountUnit unit) {
        List<ProcurementPlan> shown = drafts ? reader.revisions(department, year) : reader.publishedRevisions(department, year);
        if (shown.isEmpty()) {
            throw drafts ? ProblemException.notFound(describe(department, year) + " does not exist") : refusal(department);
        }
        return shown.stream().map(p -> mapper.toDto(p, unit)).toList();
    }

    /** The findings of the revision the reader sees (a draft's figures would show through them). */
    @Transactional
    public ValidationReport validation(String department, int year, boolean drafts, AmountUnit unit) {
        PlanDto plan = mapper.toDto(shown(department, year, drafts), unit);
        return ValidationReport.of(department + ":" + year + " revision " + plan.revision(), unit,
                ProcurementRules.check(plan.items(), unit, "items"));
    }

    private ProcurementPlan shown(String department, int year, boolean drafts) {
        if (drafts) {
            return current(department, year);
        }
        return reader.lastPublished(department, year).orElseThrow(() -> refusal(department));
    }

    private ProblemException refusal(String department) {
        return access.denied("read the drafts of department " + department,
                "an editor of the department, a reviewer of its region or an auditor");
    }

    private PlanDto edit(String department, int year, Long expectedVersion, AmountUnit unit, Consumer<ProcurementPlan> change) {
        events.lock(department, year);
        ProcurementPlan plan = current(department, year);
        VersionTag.check(expectedVersion, plan.version, describe(department, year));
        PartWorkflow.requireEditable(plan.status, describe(department, year), "the line edit");
        change.accept(plan);
        return commit(plan, unit);
    }

    private PlanDto commit(ProcurementPlan plan, AmountUnit unit) {
        plan.version++;
        plan.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.persistAndFlush();
        events.procurementPlanChanged(plan.department, plan.year);
        return mapper.toDto(plan, unit);
    }

    private ProcurementItem item(ItemChange change) {
        Requests.requireExactAmounts(change.unit(), change);
        ProcurementItem item = mapper.toEntity(change.item(), change.unit());
        Requests.rejectInputFindings(ProcurementRules.inputFindings(mapper.toDto(item, 1, AmountUnit.YUAN), "item."),
                ProcurementRules::rejectsInput);
        return item;
    }

    private static int index(ProcurementPlan plan, int lineNo) {
        if (lineNo < 1 || lineNo > plan.items.size()) {
            throw ProblemException.notFound("line " + lineNo + " does not exist; the plan has " + plan.items.size() + " lines");
        }
        return lineNo - 1;
    }

    private ProcurementPlan current(String department, int year) {
        return reader.current(department, year)
                .orElseThrow(() -> ProblemException.notFound(describe(department, year) + " does not exist"));
    }

    private static String describe(String department, int year) {
        return "the procurement plan of " + department + " for " + year;
    }
}
