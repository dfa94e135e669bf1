package org.openbudget.budget.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;

import java.time.Duration;
import java.util.List;

/**
 * {@code POST /api/v1/bulk}: many department-years per request for other systems that sync nightly (issue 16) —
 * each item's department profile and budget exactly as their single PUTs take them, validated, authorized, versioned
 * and emitted as those would be, all in one transaction: one refused item and nothing is stored.
 *
 * <p>Who: the role gate lets editors and admins in; then every item is checked as its single PUT checks it before
 * anything is read — a profile takes an admin ({@code PUT /api/v1/departments/{code}}), a budget an editor of the
 * department ({@code PUT /api/v1/budgets/{dept}/{year}}). A refused item is a 403 naming it.
 */
@Path("/api/v1/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bulk")
public class BulkResource {

    private final BulkChecks checks;
    private final BulkWriter writer;
    private final Access access;

    BulkResource(BulkChecks checks, BulkWriter writer, Access access) {
        this.checks = checks;
        this.writer = writer;
        this.access = access;
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Store department profiles and department-year budgets of many departments in one transaction",
            description = "Body {\"items\": [{\"department\", \"year\", \"profile\"?, \"budget\"?, \"ifMatch\"?: "
                    + "{\"profile\"?, \"budget\"?}}]}: profile is the body of PUT /api/v1/departments/{department} (an "
                    + "admin's), budget that of PUT /api/v1/budgets/{department}/{year} (an editor's of the department). "
                    + "All or nothing: any refused item answers the problem its single PUT would give, its fields named "
                    + "items[i]…, and nothing is stored; at most openbudget.bulk.max-items (500) items, else 413. "
                    + "Answers each item's parts in request order: version, ETag, created.")
    public BulkResult bulk(BulkRequest body) {
        checks.check(body);
        authorize(body.items());
        long start = System.nanoTime();
        try {
            return writer.write(body.items());
        } catch (RuntimeException e) {
            TimedOut timedOut = TimedOut.of(e, Duration.ofNanos(System.nanoTime() - start));
            throw timedOut != null ? timedOut : e;
        }
    }

    /** Each item as its single PUT's gate checks it, before any state is read: 403 naming the item. */
    private void authorize(List<BulkItem> items) {
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            if (item.profile() != null && !access.caller().has(Roles.ADMIN)) {
                throw BulkProblems.refused(access.denied("write the profile of department " + item.department(), "an admin"), i);
            }
            if (item.budget() != null) {
                try {
                    access.edit(item.department());
                } catch (ProblemException e) {
                    throw BulkProblems.refused(e, i);
                }
            }
        }
    }
}
