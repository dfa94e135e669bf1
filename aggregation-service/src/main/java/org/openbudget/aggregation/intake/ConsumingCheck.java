package org.openbudget.aggregation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ready means consuming: DOWN until every consuming channel has joined its group and been handed its
 * partitions (a restarted pod otherwise reports ready while its dead predecessor still holds them).
 * The data names each channel's partitions, and any record waiting for the database. Waiting does not
 * make this check DOWN — the database check already is — and never touches liveness: a pod that waits
 * for its database is healthy and must not be restarted.
 */
@Readiness
@ApplicationScoped
public class ConsumingCheck implements HealthCheck {

    public static final String NAME = "kafka-intake-consuming";
    static final List<String> CHANNELS = List.of("budget-events", "performance-events", "asset-events", "dead-letters");

    private final ChannelAssignments assignments;
    private final InfrastructureRetry retry;

    public ConsumingCheck(ChannelAssignments assignments, InfrastructureRetry retry) {
        this.assignments = assignments;
        this.retry = retry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        for (String channel : CHANNELS) {
            Optional<Set<String>> partitions = assignments.of(channel);
            if (partitions.isEmpty()) {
                response.down().withData(channel, "not assigned yet");
            } else {
                response.withData(channel, partitions.get().isEmpty() ? "none (standby member)" : String.join(",", partitions.get()));
            }
        }
        retry.waiting().forEach((what, state) -> response.withData(what, state));
        return response.build();
    }
}
