package org.openbudget.common.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;

/**
 * DOWN when the oldest pending event has waited longer than {@code openbudget.outbox.max-pending-age}.
 *
 * <p>A wellness check on purpose, not a readiness check: during a broker outage every owner replica would
 * fail readiness together and leave the Service, although accepting writes is exactly what stays safe
 * then — a change and its event commit together into the outbox and wait there. As wellness it is part
 * of {@code /q/health} (and {@code /q/health/well}), which turns DOWN for monitoring, while
 * {@code /q/health/ready} keeps the replicas in the Service.
 */
@Wellness
@ApplicationScoped
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxMonitor monitor;
    private final Duration maxPendingAge;

    public OutboxHealthCheck(OutboxMonitor monitor,
                             @ConfigProperty(name = "openbudget.outbox.max-pending-age", defaultValue = "PT60S") Duration maxPendingAge) {
        this.monitor = monitor;
        this.maxPendingAge = maxPendingAge;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("maxPendingAgeSeconds", maxPendingAge.toSeconds());
        OutboxStatus status;
        try {
            status = monitor.status();
        } catch (RuntimeException e) {
            // the age of the backlog is unknown, so it cannot be vouched for
            return response.down().withData("error", e.getMessage()).build();
        }
        Double age = status.oldestPendingAgeSeconds();
        response.status(age == null || age * 1000 <= maxPendingAge.toMillis())
                .withData("pending", status.pending());
        if (age != null) {
            response.withData("oldestPendingAgeSeconds", Math.round(age))
                    .withData("oldestPendingSince", status.oldestPendingSince().toString())
                    .withData("oldestPendingAttempts", status.oldestPendingAttempts());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        if (status.lastAttemptAt() != null) {
            response.withData("lastAttemptAt", status.lastAttemptAt().toString());
        }
        if (status.lastSentAt() != null) {
            response.withData("lastSentAt", status.lastSentAt().toString());
        }
        return response.build();
    }
}
