package org.openbudget.aggregation.admin;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.security.Roles;

/** {@code GET /api/v1/admin/dead-letters}: records the intake refused, newest first, with the reason. */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class DeadLetterResource {

    private final DeadLetterTopic topic;

    public DeadLetterResource(DeadLetterTopic topic) {
        this.topic = topic;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "Dead-lettered records with their source position and reason; how many are recorded and how many the dead-letter topic holds")
    public DeadLetterListing list(@QueryParam("key") String key,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(500) int pageSize) {
        var query = key == null
                ? DeadLetter.<DeadLetter>findAll(Sort.descending("id"))
                : DeadLetter.<DeadLetter>find("key", Sort.descending("id"), key);
        var inTopic = topic.records();
        return new DeadLetterListing(query.page(Page.of(page, pageSize)).list(), query.count(), page, pageSize,
                DeadLetter.count(), inTopic.isPresent() ? inTopic.getAsLong() : null);
    }
}
