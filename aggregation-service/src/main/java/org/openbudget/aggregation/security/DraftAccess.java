package org.openbudget.aggregation.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.aggregation.rollup.Scope;
import org.openbudget.common.security.Access;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may see the working versions (drafts: anything not published) behind a read-side view, and so which
 * {@link Scope} a request gets. A view is about one department, one county (6-digit region), or more than a county
 * (a prefecture or province prefix, or everything): the department's draft readers, the county's reviewers, and
 * for anything wider only auditors and reviewers of every region ({@link Access#readsAllDrafts()}) — a county
 * reviewer's claim does not open its neighbours. Published data is everyone's.
 */
@ApplicationScoped
public class DraftAccess {

    private static final Pattern COUNTY = Pattern.compile("\\d{6}");

    private final Access access;

    public DraftAccess(Access access) {
        this.access = access;
    }

    /** The drafts of one department: its editors, its region's reviewers, auditors. */
    public boolean readsDepartment(String department) {
        return access.readsDrafts(department);
    }

    public void readDepartment(String department) {
        access.readDrafts(department);
    }

    /** The drafts of every department of a region: a county's reviewers; wider (or none = all) needs every region. */
    public boolean readsRegion(String region) {
        return region != null && COUNTY.matcher(region).matches()
                ? access.readsDraftsOfRegion(region) : access.readsAllDrafts();
    }

    public void readRegion(String region) {
        if (region != null && COUNTY.matcher(region).matches()) {
            access.readDraftsOfRegion(region);
        } else {
            access.readAllDrafts();
        }
    }

    /**
     * The scope of a view over {@code region}, narrowed to {@code departments} when it names some (a roll-up cut
     * by department covers those departments only). An explicit {@code current} is checked (401/403); an explicit
     * {@code published} is everyone's; without one the caller gets {@code current} when it may read those drafts,
     * else {@code published} — so the public's plain URL works and shows published data only.
     */
    public Scope settle(Scope requested, boolean explicit, String region, Collection<String> departments) {
        boolean mayReadCurrent = readsRegion(region)
                || !departments.isEmpty() && departments.stream().allMatch(this::readsDepartment);
        if (!explicit) {
            return mayReadCurrent ? Scope.CURRENT : Scope.PUBLISHED;
        }
        if (requested == Scope.CURRENT && !mayReadCurrent) {
            if (!departments.isEmpty()) {
                departments.stream().filter(d -> !readsDepartment(d)).findFirst().ifPresent(this::readDepartment);
            }
            readRegion(region);
        }
        return requested;
    }

    public Scope settle(Scope requested, boolean explicit, String region) {
        return settle(requested, explicit, region, List.of());
    }
}
