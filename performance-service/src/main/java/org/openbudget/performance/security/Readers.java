package org.openbudget.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Caller;
import org.openbudget.common.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, for the caller of the current request, whose drafts it reads (the shared rule of {@link Access}): the
 * read endpoints are public and show a caller the drafts it may see and everyone else the published revisions.
 */
@ApplicationScoped
public class Readers {

    private final Access access;
    private final EntityManager em;

    public Readers(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    /** What the caller may read of one department. */
    public ReadScope of(String department) {
        return new ReadScope(department, access.readsDrafts(department), access);
    }

    /**
     * The departments whose drafts the caller reads, for lists. A reviewer's regions are turned into departments
     * through the replicated directory ({@code department_region}, common/security/regions), the same one
     * {@link Access#readsDrafts} asks one department at a time.
     */
    @Transactional
    public DraftScope inLists() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return DraftScope.NONE;
        }
        boolean editor = caller.has(Roles.EDITOR);
        boolean reviewer = caller.has(Roles.REVIEWER);
        if (caller.has(Roles.AUDITOR) || (editor && caller.departments().contains(Roles.ALL))
                || (reviewer && caller.regions().contains(Roles.ALL))) {
            return DraftScope.ALL;
        }
        Set<String> departments = new HashSet<>();
        if (editor) {
            departments.addAll(caller.departments());
        }
        if (reviewer && !caller.regions().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> ofRegions = em.createNativeQuery(
                            "select department from department_region where region in (:regions)", String.class)
                    .setParameter("regions", caller.regions())
                    .getResultList();
            departments.addAll(ofRegions);
        }
        return new DraftScope(false, departments);
    }
}
