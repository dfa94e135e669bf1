package org.openbudget.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.openbudget.common.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * The platform's permission rules in one place; resources call it first thing, with the department (or region)
 * the request is about. A refusal is 401 for an anonymous caller (sign in) and 403 for a signed-in one (this
 * token may not), both RFC 7807 problems.
 *
 * <table>
 *   <tr><th>caller</th><th>may</th></tr>
 *   <tr><td>anyone</td><td>read published data, catalogs</td></tr>
 *   <tr><td>editor of the department</td><td>write and submit its parts, read its drafts, publish what was approved</td></tr>
 *   <tr><td>reviewer of its region</td><td>read its drafts, approve or return submitted versions</td></tr>
 *   <tr><td>auditor</td><td>read everything, drafts included</td></tr>
 *   <tr><td>admin</td><td>catalogs, departments, rebuild, dead letters, outbox</td></tr>
 *   <tr><td>editor of the department and admin</td><td>publish with a past date (history, {@link #recordHistory})</td></tr>
 * </table>
 */
@ApplicationScoped
public class Access {

    private final Instance<Caller> caller;
    private final DepartmentRegions regions;

    public Access(Instance<Caller> caller, DepartmentRegions regions) {
        this.caller = caller;
        this.regions = regions;
    }

    public Caller caller() {
        return caller.get();
    }

    /** Write, submit or publish the department's parts. */
    public void edit(String department) {
        if (!caller().edits(department)) {
            throw denied("edit department " + department, "an editor whose 'departments' claim lists " + department);
        }
    }

    /**
     * State the dates of a step taken in the past — a budget published (公开) on a day before the platform knew of it,
     * loaded from the printed archive. Only a county-wide system that both edits the department and administers
     * the platform (the loader's client: editor and admin) may: an editor alone must not back-date a publication,
     * or a late disclosure could be made to look timely. Who did it stays in the event (actor, client).
     */
    public void recordHistory(String department) {
        Caller c = caller();
        if (!c.edits(department) || !c.has(Roles.ADMIN)) {
            throw denied("state a past publication date for department " + department,
                    "an editor of the department who is also an admin (the loader of the published archive)");
        }
    }

    /** Approve or return the department's submitted versions. */
    public void review(String department) {
        if (!reviewsDepartment(caller(), department)) {
            throw denied("review department " + department,
                    "a reviewer whose 'regions' claim lists the department's region");
        }
    }

    /** The department's drafts (anything not published): its editors, the reviewers of its region, auditors. */
    public boolean readsDrafts(String department) {
        Caller c = caller();
        if (c.anonymous()) {
            return false;
        }
        return c.has(Roles.AUDITOR) || c.edits(department) || reviewsDepartment(c, department);
    }

    public void readDrafts(String department) {
        if (!readsDrafts(department)) {
            throw draftsRefused(department);
        }
    }

    /**
     * The refusal of a caller who may not read the department's drafts (401 anonymous, 403 signed in): also the
     * answer when it asks for something unpublished that may not exist, so that an outsider cannot tell the two apart.
     */
    public ProblemException draftsRefused(String department) {
        return denied("read the drafts of department " + department,
                "an editor of the department, a reviewer of its region or an auditor");
    }

    /** The drafts of every department of a region (county views): the region's reviewers and auditors. */
    public boolean readsDraftsOfRegion(String region) {
        Caller c = caller();
        return !c.anonymous() && (c.has(Roles.AUDITOR) || c.reviews(region));
    }

    public void readDraftsOfRegion(String region) {
        if (!readsDraftsOfRegion(region)) {
            throw denied("read the drafts of region " + region, "a reviewer of the region or an auditor");
        }
    }

    /** Drafts of all regions at once (province views, unfiltered lists): auditors and county-wide ({@code *}) reviewers. */
    public boolean readsAllDrafts() {
        Caller c = caller();
        return !c.anonymous() && (c.has(Roles.AUDITOR) || (c.has(Roles.REVIEWER) && c.regions().contains(Roles.ALL)));
    }

    public void readAllDrafts() {
        if (!readsAllDrafts()) {
            throw denied("read the drafts of every region", "an auditor or a reviewer of every region");
        }
    }

    /** Audit trails: who changed what. Reviewers of the department's region and auditors. */
    public void readAudit(String department) {
        Caller c = caller();
        if (c.anonymous() || !(c.has(Roles.AUDITOR) || reviewsDepartment(c, department))) {
            throw denied("read the audit trail of department " + department, "a reviewer of its region or an auditor");
        }
    }

    /** Whose drafts the caller reads, as sets a list query filters with ({@link DraftScope}). */
    public DraftScope draftScope() {
        return DraftScope.of(caller());
    }

    /** {@link #draftScope()} with the reviewer's regions turned into departments, for tables without regions. */
    public DraftScope draftScopeByDepartment() {
        return draftScope().byDepartment(regions);
    }

    /**
     * A reviewer of the department's region. The region is looked up (a query) only for a reviewer whose claim does
     * not already cover every region: most requests (editors, the public, county-wide systems) never need it.
     */
    private boolean reviewsDepartment(Caller c, String department) {
        if (!c.has(Roles.REVIEWER)) {
            return false;
        }
        return c.regions().contains(Roles.ALL) || c.reviews(regionOf(department).orElse(null));
    }

    public Optional<String> regionOf(String department) {
        return regions.regionOf(department);
    }

    /** 401 for an anonymous caller, 403 for a signed-in one; {@code who} says what would be allowed. */
    public ProblemException denied(String action, String who) {
        return denied(caller().anonymous(), action, who);
    }

    public static ProblemException denied(boolean anonymous, String action, String who) {
        if (anonymous) {
            return new ProblemException(401, "unauthenticated", "Sign-in required",
                    "to " + action + " send a bearer token of " + who, List.of());
        }
        return new ProblemException(403, "forbidden", "Not allowed",
                "this token may not " + action + "; that takes " + who, List.of());
    }
}
