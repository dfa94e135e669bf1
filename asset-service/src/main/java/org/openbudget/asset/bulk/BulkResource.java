package org.openbudget.asset.bulk;

import org.openbudget.common.bulk.BulkProblems;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.problem.FieldError;
import org.openbudget.common.problem.Problem;
import org.openbudget.common.problem.ProblemException;
import org.openbudget.common.security.Access;
import org.openbudget.common.security.Roles;

import java.util.List;

/**
 * {@code POST /api/v1/bulk}: the fixed-asset holdings and procurement plans of many department-years in one request and
 * one transaction, for systems that sync nightly (issue 16). Each part is checked and written exactly as its single PUT
 * ({@code PUT /api/v1/assets/{dept}/{asOf}}, {@code PUT /api/v1/procurement/{dept}/{year}}) would do it; one refused
 * item refuses the request, and nothing is stored.
 */
@Path("/api/v1/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bulk")
public class BulkResource {

    private final BulkChecks checks;
    private final BulkWriter writer;
    private final Access access;
    private final int maxItems;

    public BulkResource(BulkChecks checks, BulkWriter writer, Access access,
                        @ConfigProperty(name = "openbudget.bulk.max-items", defaultValue = "500") int maxItems) {
        this.checks = checks;
        this.writer = writer;
        this.access = access;
        this.maxItems = maxItems;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create or replace the holdings and procurement plans of many department-years at once "
            + "(all or nothing)",
            description = "Body: {\"items\": [{\"department\", \"year\", \"holdings\": <the body of PUT "
                    + "/api/v1/assets/{dept}/{asOf}>, \"holdingsAsOf\": \"2021-12-31\" (default: the last day of the "
                    + "year before year), \"procurement\": <the body of PUT /api/v1/procurement/{dept}/{year}>, "
                    + "\"ifMatch\": {\"holdings\": \"3\", \"procurement\": \"7\"}}]}, at least one part per item, at most "
                    + "openbudget.bulk.max-items (500) items. Every part is validated, versioned and emitted exactly as "
                    + "by its single PUT, in one transaction: any refused item refuses the request with the single PUT's "
                    + "status, its fields named from the root (items[3].procurement.items[0].amount), "
                    + "and nothing is stored. The caller must be an editor of every item's department. The answer lists "
                    + "each item's version, ETag and whether it was created, in request order.")
    @APIResponse(responseCode = "200", description = "Every item stored (or unchanged where identical)")
    @APIResponse(responseCode = "400", description = "An invalid item; `errors` names each field from the root",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller may not edit an item's department; `errors` names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An item's procurement plan is not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "An item's ifMatch names another version than the stored one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More items than openbudget.bulk.max-items",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkResult write(@NotNull(message = "a JSON body is required") BulkRequest body) {
        List<BulkItem> items = body.items();
        if (items == null) {
            throw ProblemException.invalid("items", "must list the department-years to write");
        }
        if (items.size() > maxItems) {
            throw BulkProblems.tooMany(items.size(), maxItems);
        }
        authorize(items);
        return writer.write(items.size(), checks.check(items));
    }

    /** The single PUT's department check, item by item, before anything about the content is said. */
    private void authorize(List<BulkItem> items) {
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i);
            if (item == null || item.department() == null) {
                continue; // refused by the checks
            }
            try {
                access.edit(item.department());
            } catch (ProblemException e) {
                throw BulkProblems.refused(e, i);
            }
        }
    }
}
