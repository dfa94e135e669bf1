package org.openbudget.common.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.openbudget.common.security.Roles;

/** {@code GET /api/v1/admin/outbox}: how many events wait for Kafka, since when, and why. */
@Path("/api/v1/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxAdminResource {

    private final OutboxMonitor monitor;

    public OutboxAdminResource(OutboxMonitor monitor) {
        this.monitor = monitor;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Outbox backlog: events committed but not yet acknowledged by Kafka")
    public OutboxStatus status() {
        return monitor.status();
    }
}
