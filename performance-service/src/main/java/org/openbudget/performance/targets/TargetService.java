package org.openbudget.performance.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.versioned.PartWorkflow;
import org.openbudget.common.versioned.VersionTag;
import org.openbudget.disclosure.workflow.WorkflowStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Changes the content of a department-year's targets: the whole set or one project table. Every
 * change goes through {@link #change}: a draft is edited in place, a published revision is never
 * touched (the change is its adjustment, 调整: a new draft revision), a submitted or approved one is frozen (409).
 * Identical content changes nothing and emits nothing, so clients may retry freely.
 */
@ApplicationScoped
public class TargetService {

    /**
     * The outcome of a write: the stored set, whether what was written (the set, or the project for
     * the project operations) is new, and whether anything changed at all.
     */
    public record Saved(TargetSetDto set, boolean created, boolean changed) {
    }

    private final TargetStore store;
    private final TargetMapper mapper;

    public TargetService(TargetStore store, TargetMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Transactional
    public Saved put(String department, int year, TargetSetPayload payload, Long expectedVersion) {
        List<FieldError> errors = check(payload);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return replace(department, year, payload, expectedVersion);
    }

    /**
     * What a whole set must satisfy beyond its Bean Validation constraints, with fields named as in the PUT's body.
     * The single PUT and the bulk API ask the same question, so a set is accepted by both or by neither.
     */
    public static List<FieldError> check(TargetSetPayload payload) {
        return TargetValidator.check(payload);
    }

    /**
     * Stores a whole set that passed Bean Validation and {@link #check}, in the caller's transaction: the PUT's and
     * the bulk API's one write path (same versioning, same event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Saved replace(String department, int year, TargetSetPayload checked, Long expectedVersion) {
        TargetSetPayload content = TargetValidator.normalize(checked);
        return change(store.lockOrCreate(department, year), expectedVersion, before -> content);
    }

    /** Creates or replaces one project table; a new one is appended after the others. */
    @Transactional
    public Saved putProject(String department, int year, String projectId, ProjectPayload payload, Long expectedVersion) {
        if (payload.id() != null && !payload.id().equals(projectId)) {
            throw ProblemException.invalid("id", "must be absent or equal the project id of the path, '" + projectId + "'");
        }
        ProjectPayload project = checked(withId(payload, projectId));
        boolean[] added = {false};
        Saved saved = change(store.lockOrCreate(department, year), expectedVersion, before -> {
            List<ProjectPayload> projects = new ArrayList<>(before.projects());
            int at = indexOf(projects, projectId);
            added[0] = at < 0;
            if (added[0]) {
                projects.add(project);
            } else {
                projects.set(at, project);
            }
            return before.withProjects(projects);
        });
        return new Saved(saved.set(), added[0], saved.changed());
    }

    /** Adds a project table; its id is the client's or the first free {@code p1, p2 …}. */
    @Transactional
    public Saved addProject(String department, int year, ProjectPayload payload, Long expectedVersion) {
        TargetSet set = store.lockOrCreate(department, year);
        return change(set, expectedVersion, before -> {
            String id = payload.id() != null ? payload.id() : freeId(before.projects());
            if (indexOf(before.projects(), id) >= 0) {
                throw ProblemException.conflict("project-exists",
                        "project " + id + " already exists in " + department + "/" + year + "; PUT it to replace it");
            }
            List<ProjectPayload> projects = new ArrayList<>(before.projects());
            projects.add(checked(withId(payload, id)));
            return before.withProjects(projects);
        });
    }

    @Transactional
    public Saved removeProject(String department, int year, String projectId, Long expectedVersion) {
        TargetSet set = store.lock(department, year).orElseThrow(() -> notFound(department, year));
        return change(set, expectedVersion, before -> {
            List<ProjectPayload> projects = new ArrayList<>(before.projects());
            int at = indexOf(projects, projectId);
            if (at < 0) {
                throw ProblemException.notFound("project " + projectId + " does not exist in " + department + "/" + year);
            }
            projects.remove(at);
            return before.withProjects(projects);
        });
    }

    private Saved change(TargetSet set, Long expectedVersion, UnaryOperator<TargetSetPayload> edit) {
        boolean created = set.currentRevision == 0;
        VersionTag.check(expectedVersion, set.version, subject(set.department, set.year));
        Optional<TargetRevision> current = created ? Optional.empty() : store.revision(set, set.currentRevision);
        TargetSetPayload before = current.map(mapper::toContent).orElse(TargetSetPayload.onlyProjects(List.of()));
        TargetSetPayload after = edit.apply(before);
        if (current.isPresent() && before.equals(after)) {
            return new Saved(store.dto(set, current.get()), false, false);
        }
        TargetRevision revision;
        if (current.isEmpty()) {
            revision = store.newRevision(set, 1, after);
        } else {
            revision = current.get();
            if (revision.status == WorkflowStatus.PUBLISHED) {
                // a change of a published revision is its adjustment (调整): a new draft revision, the published one kept
                revision = store.newRevision(set, revision.revision + 1, after);
            } else {
                PartWorkflow.requireEditable(revision.status, subject(set.department, set.year), "the change");
                mapper.fill(after, revision);
            }
        }
        return new Saved(store.commit(set, revision), created, true);
    }

    private static ProjectPayload checked(ProjectPayload project) {
        List<FieldError> errors = TargetValidator.check(project, "");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return TargetValidator.normalize(project);
    }

    private static ProjectPayload withId(ProjectPayload p, String id) {
        return new ProjectPayload(id, p.name(), p.budget(), p.functionalCode(), p.goal(), p.indicators());
    }

    private static int indexOf(List<ProjectPayload> projects, String id) {
        for (int i = 0; i < projects.size(); i++) {
            if (id.equals(projects.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    private static String freeId(List<ProjectPayload> projects) {
        int n = projects.size() + 1;
        while (indexOf(projects, "p" + n) >= 0) {
            n++;
        }
        return "p" + n;
    }

    /** The set as problems name it. */
    static String subject(String department, int year) {
        return "the performance-target set of " + department + " for " + year;
    }

    static ProblemException notFound(String department, int year) {
        return ProblemException.notFound("no performance targets for department " + department + ", year " + year);
    }
}
