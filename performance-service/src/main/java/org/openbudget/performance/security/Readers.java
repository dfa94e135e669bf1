package org.openbudget.performance.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.DraftScope;

/**
 * Decides, for the caller of the current request, whose drafts it reads (the shared rule of {@link Access}): the
 * read endpoints are public and show a caller the drafts it may see and everyone else the published revisions.
 */
@ApplicationScoped
public class Readers {

    private final Access access;

    public Readers(Access access) {
        this.access = access;
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
    public DraftScope inLists() {
        return access.draftScopeByDepartment();
    }
}
