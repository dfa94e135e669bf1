package org.openbudget.aggregation.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbudget.common.security.Roles;

/** {@code /api/v1/admin/rebuild}: replay the topics into a shadow read model and swap it in ({@link Rebuilder}); poll GET for progress. */
@Path("/api/v1/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class RebuildResource {

    private final Rebuilder rebuilder;

    public RebuildResource(Rebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a rebuild of every read model from the owner topics into a shadow, swapped in when complete (202; one at a time)")
    public Response start() {
        return Response.accepted(rebuilder.start()).header("Location", "/api/v1/admin/rebuild").build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "State, phase and progress of the last rebuild (replayed, target, lag; error if it failed)")
    public RebuildStatus status() {
        return rebuilder.status();
    }
}
