package org.openbudget.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Reads the relay backlog; exported as the {@code outbox_pending} gauge for alerting. */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxMonitor {

    void registerGauge(@Observes StartupEvent ignored, MeterRegistry registry) {
        Gauge.builder("outbox.pending", this, OutboxMonitor::pendingCount)
                .description("events committed but not yet acknowledged by Kafka")
                .register(registry);
    }

    public OutboxStatus status() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            OutboxEvent oldest = OutboxEvent.<OutboxEvent>find("sentAt is null order by position").firstResult();
            return new OutboxStatus(OutboxEvent.count("sentAt is null"),
                    oldest == null ? null : oldest.createdAt,
                    oldest == null ? null : oldest.lastError);
        });
    }

    private double pendingCount() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt is null"));
    }
}
