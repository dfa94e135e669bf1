package org.openbudget.aggregation.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbudget.common.event.EventContractException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a piece of work until it succeeds. A failure that is not the record's fault (database away, a
 * lock conflict, a broken pooled connection) says nothing about the record, so giving up would lose a
 * valid event: the caller's partition waits instead, with capped exponential backoff, however long the
 * outage lasts. Only a contract breach ({@link EventContractException}) goes back to the caller at once.
 */
@ApplicationScoped
public class InfrastructureRetry {

    private static final Logger LOG = Logger.getLogger(InfrastructureRetry.class);

    private final MeterRegistry registry;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    /** What is waiting right now (e.g. {@code budget.events-0@42}) → since when and how often it failed. */
    private final Map<String, String> waiting = new ConcurrentHashMap<>();
    /** Counted down when the service stops: whatever waits gives up then, uncommitted (see {@link #pause}). */
    private final CountDownLatch stopping = new CountDownLatch(1);

    public InfrastructureRetry(MeterRegistry registry,
                               @ConfigProperty(name = "openbudget.retry.initial-backoff") Duration initialBackoff,
                               @ConfigProperty(name = "openbudget.retry.max-backoff") Duration maxBackoff) {
        this.registry = registry;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * @param what   the record being applied, for the log and the health data
     * @param metric counter incremented at every failed attempt (tagged with {@code topic})
     * @param topic  the record's topic, the counter's tag
     */
    public <T> T untilDone(String what, String metric, String topic, Supplier<T> work) {
        long backoff = initialBackoff.toMillis();
        OffsetDateTime since = null;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    T result = work.get();
                    if (since != null) {
                        LOG.infof("%s succeeded at attempt %d after waiting since %s", what, attempt, since);
                    }
                    return result;
                } catch (RuntimeException e) {
                    EventContractException breach = EventContractException.in(e);
                    if (breach != null) {
                        throw breach;
                    }
                    if (since == null) {
                        since = OffsetDateTime.now(ZoneOffset.UTC);
                    }
                    registry.counter(metric, "topic", topic).increment();
                    waiting.put(what, "attempt " + attempt + " failed, waiting since " + since + ": " + e);
                    LOG.warnf("%s failed (attempt %d), retrying in %d ms until it works: %s", what, attempt, backoff, e.toString());
                    pause(backoff, e);
                    backoff = Math.min(backoff * 2, maxBackoff.toMillis());
                }
            }
        } finally {
            waiting.remove(what);
        }
    }

    /** Work waiting for the infrastructure right now, for the health data. */
    public Map<String, String> waiting() {
        return new TreeMap<>(waiting);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping.countDown();
    }

    /**
     * Waits before the next attempt. When the service stops (or the thread is interrupted) the failure
     * goes back to the channel instead, whose failure strategy stops it without committing the record —
     * it is not a contract breach, so never a dead letter — and the record is read again after the restart.
     */
    private void pause(long millis, RuntimeException failure) {
        try {
            if (stopping.await(millis, TimeUnit.MILLISECONDS)) {
                throw failure;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
