package org.openbudget.asset.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Caller;
import org.openbudget.common.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link DraftScope} of the current caller, the list form of {@link Access#readsDrafts}: the same three
 * kinds of reader (editors of the department, reviewers of its region, auditors), resolved to department codes
 * so that a list is filtered (and counted) in the query instead of refused as a whole.
 */
@ApplicationScoped
public class DraftScopes {

    private final Access access;
    private final EntityManager em;

    public DraftScopes(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    public DraftScope current() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return DraftScope.NONE;
        }
        boolean editor = caller.has(Roles.EDITOR);
        boolean reviewer = caller.has(Roles.REVIEWER);
        if (access.readsAllDrafts() || (editor && caller.departments().contains(Roles.ALL))) {
            return DraftScope.ALL;
        }
        Set<String> departments = new HashSet<>();
        if (editor) {
            departments.addAll(caller.departments());
        }
        if (reviewer && !caller.regions().isEmpty()) {
            departments.addAll(ofRegions(caller.regions()));
        }
        return DraftScope.of(departments);
    }

    /**
     * The departments the replicated directory places in these regions (common/security/regions keeps the table
     * {@code department_region}; {@code Access.review} reads the same rows one department at a time).
     */
    @SuppressWarnings("unchecked")
    private List<String> ofRegions(Set<String> regions) {
        return em.createNativeQuery("select department from department_region where region in (:regions)")
                .setParameter("regions", List.copyOf(regions)).getResultList();
    }
}
