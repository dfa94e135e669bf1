package org.openbudget.aggregation.audit;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.aggregation.department.DepartmentView;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;

import java.util.List;

/** {@code GET /api/v1/audit/{dept}/{year}}: who changed what in a department-year, version by version. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    private final Access access;

    public AuditResource(Access access) {
        this.access = access;
    }

    @GET
    @Path("/{dept}/{year}")
    @Transactional
    @RolesAllowed({Roles.REVIEWER, Roles.AUDITOR})
    @Operation(summary = "Audit trail of a department-year: every version of its budget, performance targets, holdings and "
            + "procurement plan, and the department's own changes, oldest first",
            description = "Each version: part, key, version, status, headline total (元: budget total expenditure, the "
                    + "project amount of the performance targets, holdings total value, procurement total) and count "
                    + "(projects, procurement items), who (token subject and client id, from the events' actor and "
                    + "actorclient attributes), when, the event id, and what changed against the part's previous "
                    + "version (status from → to, total from → to and delta). Who may call it: the reviewers of the "
                    + "department's region and auditors (editors: 403). 404 when nothing is known of the department-year.")
    public AuditTrail trail(@PathParam("dept") @Pattern(regexp = "[0-9A-Za-z]{1,20}",
                                    message = "must be a department code of 1–20 letters or digits") String dept,
                            @PathParam("year") @Min(1990) @Max(2100) int year) {
        access.readAudit(dept);
        List<AuditEntry> rows = AuditEntry.list("department = ?1 and (year = ?2 or year is null)",
                Sort.by("recordedAt"), dept, year);
        if (rows.stream().noneMatch(r -> r.year != null)) {
            throw ProblemException.notFound("no change of department " + dept + " for " + year
                    + " is known to the aggregation service");
        }
        DepartmentView view = DepartmentView.findById(dept);
        return AuditTrail.of(dept, view == null ? null : view.name, year, rows);
    }
}
