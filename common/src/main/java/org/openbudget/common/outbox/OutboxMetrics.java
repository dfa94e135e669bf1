package org.openbudget.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.function.ToDoubleFunction;

/**
 * The backlog as gauges for alerting: {@code outbox_pending}, {@code outbox_oldest_pending_age_seconds},
 * {@code outbox_oldest_pending_attempts}. One scrape reads the table once: the gauges share a snapshot
 * that lives for a second.
 */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long SNAPSHOT_MILLIS = 1_000;

    private final OutboxMonitor monitor;
    private OutboxStatus snapshot;
    private long snapshotAt;

    public OutboxMetrics(OutboxMonitor monitor) {
        this.monitor = monitor;
    }

    void register(@Observes StartupEvent ignored, MeterRegistry registry) {
        gauge(registry, "outbox.pending", "events committed but not yet acknowledged by Kafka", null,
                OutboxStatus::pending);
        gauge(registry, "outbox.oldest.pending.age", "how long the oldest pending event has waited (0: none)",
                "seconds", s -> s.oldestPendingAgeSeconds() == null ? 0 : s.oldestPendingAgeSeconds());
        gauge(registry, "outbox.oldest.pending.attempts", "failed sends of the oldest pending event", null,
                OutboxStatus::oldestPendingAttempts);
    }

    private void gauge(MeterRegistry registry, String name, String description, String unit,
                       ToDoubleFunction<OutboxStatus> figure) {
        Gauge.builder(name, this, m -> m.read(figure)).description(description).baseUnit(unit).register(registry);
    }

    private double read(ToDoubleFunction<OutboxStatus> figure) {
        try {
            return figure.applyAsDouble(snapshot());
        } catch (RuntimeException e) {
            // a gauge that cannot be read is absent from the scrape, never a made-up zero
            LOG.debugf("outbox gauge: %s", e.getMessage());
            return Double.NaN;
        }
    }

    private synchronized OutboxStatus snapshot() {
        long now = System.currentTimeMillis();
        if (snapshot == null || now - snapshotAt > SNAPSHOT_MILLIS) {
            snapshot = monitor.status();
            snapshotAt = now;
        }
        return snapshot;
    }
}
