package org.openbudget.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes outbox rows to Kafka in position order and stamps them sent.
 *
 * <p>One worker thread per service instance; the replica holding the relay's advisory lock relays
 * ({@link RelayLeadership}), so events of one key leave in commit order even with several replicas. The
 * worker is woken right after a transaction that appended events commits (low latency) and polls anyway
 * (rows committed by other replicas, retries after a broker outage).
 *
 * <p>A round reads a batch (one short statement), sends it and waits for the acknowledgements with no
 * transaction open, then stamps the acknowledged prefix (a second short statement). A row is stamped only
 * once Kafka acknowledged it ({@code acks=all}); a failure leaves it and every later row for the next
 * round and is recorded on it (attempts, last error, last attempt) in a statement of its own, so the
 * backlog report moves on every failed round of an outage. An outage delays events and never loses them.
 *
 * <p>While the oldest pending row has failed before, the relay probes with that single row until Kafka
 * acknowledges it, then goes back to full batches: during an outage at most one row per round is in
 * flight, so few rows reach Kafka unstamped and are sent again on recovery. The failure count lives in the
 * table, so a replica taking over (or a restart) probes as well. After a failed round the leader gives the
 * lock back, so that a replica that can still reach Kafka may take over. A crash (or a lost leader session)
 * between the acknowledgement and the stamp re-sends rows too: delivery is at-least-once, consumers are
 * idempotent.
 */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long CLEANUP_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

    private enum Round { IDLE, MORE, FAILED }

    private final Counter relayed;
    private final Counter failures;
    private final String bootstrapServers;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Duration metadataTimeout;
    private final Duration sendTimeout;
    private final Duration retention;
    private final RelayStore store = new RelayStore();
    private final RelayLeadership leadership;
    private final RelayFailureLog failureLog;

    private final Object signal = new Object();
    private volatile boolean wakeUp;
    private volatile boolean running;
    private Thread worker;
    private RelayPublisher publisher;
    private long lastCleanup;

    public OutboxRelay(MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String clientId,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") Optional<String> dbUser,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> dbPassword,
                       @ConfigProperty(name = "openbudget.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "openbudget.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
                       @ConfigProperty(name = "openbudget.outbox.max-backoff", defaultValue = "PT10S") Duration maxBackoff,
                       @ConfigProperty(name = "openbudget.outbox.metadata-timeout", defaultValue = "PT5S") Duration metadataTimeout,
                       @ConfigProperty(name = "openbudget.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout,
                       @ConfigProperty(name = "openbudget.outbox.warn-interval", defaultValue = "PT30S") Duration warnInterval,
                       @ConfigProperty(name = "openbudget.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.bootstrapServers = bootstrapServers;
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId + "-outbox-relay";
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
        this.metadataTimeout = metadataTimeout;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
        this.leadership = new RelayLeadership(jdbcUrl, dbUser, dbPassword, this.clientId);
        this.failureLog = new RelayFailureLog(warnInterval);
        this.relayed = registry.counter("outbox.relayed");
        this.failures = registry.counter("outbox.relay.failures");
    }

    void start(@Observes StartupEvent ignored) {
        publisher = new RelayPublisher(kafkaConfig, bootstrapServers, clientId, metadataTimeout, sendTimeout);
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(5_000);
            if (worker.isAlive()) {
                worker.interrupt(); // stuck in a bounded Kafka wait; the unstamped rows are sent again later
                worker.join(2_000);
            }
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    /** Wakes the worker as soon as a transaction that appended an event has committed. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended ignored) {
        wake();
    }

    private void wake() {
        synchronized (signal) {
            wakeUp = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        Duration backoff = pollInterval;
        try {
            while (running) {
                Round round = roundOrFailure(backoff);
                if (round == Round.FAILED) {
                    sleep(backoff); // commits do not cut this short: Kafka is not back because a row was added
                    backoff = min(backoff.multipliedBy(2), maxBackoff);
                    continue;
                }
                backoff = pollInterval;
                if (round == Round.IDLE) {
                    cleanupSentRows();
                    awaitSignal(pollInterval);
                }
            }
        } catch (Error e) {
            LOG.error("outbox relay: the worker stops; events stay in the outbox until the service restarts", e);
            throw e;
        } finally {
            leadership.close();
        }
    }

    private Round roundOrFailure(Duration retryIn) {
        try {
            return relayRound(retryIn);
        } catch (SQLException | RuntimeException e) {
            // most likely the leader's session is gone; start again from a new one (and re-take the lock)
            leadership.lost();
            failures.increment();
            failureLog.failed("round failed: " + describe(e), retryIn);
            return Round.FAILED;
        }
    }

    /**
     * One round: a batch from the outbox to Kafka — or only the oldest row when it failed before (in this
     * replica or another one, before a restart or not: the table knows), probing until Kafka acknowledges.
     */
    private Round relayRound(Duration retryIn) throws SQLException {
        Optional<Connection> session = leadership.lead();
        if (session.isEmpty()) {
            return Round.IDLE; // another replica relays
        }
        Connection db = session.get();
        List<RelayStore.PendingRow> rows = store.pending(db, batchSize);
        if (rows.isEmpty()) {
            failureLog.recovered();
            return Round.IDLE;
        }
        boolean probe = rows.get(0).attempts() > 0;
        if (probe) {
            rows = rows.subList(0, 1);
        }
        RelayPublisher.Delivery delivery = publisher.publish(rows); // no transaction, no pooled connection
        store.stampSent(db, rows.subList(0, delivery.acknowledged()));
        relayed.increment(delivery.acknowledged());
        if (delivery.failure() != null) {
            RelayStore.PendingRow stuck = rows.get(delivery.acknowledged());
            String error = describe(delivery.failure());
            store.recordFailure(db, stuck, error);
            failures.increment();
            failureLog.failed("Kafka did not acknowledge event at position " + stuck.position() + " (topic "
                    + stuck.topic() + "): " + error, retryIn);
            leadership.stepDown(); // nothing of this round is in flight any more: publish() waited for every send
            return Round.FAILED;
        }
        failureLog.recovered();
        return probe || rows.size() == batchSize ? Round.MORE : Round.IDLE;
    }

    private void cleanupSentRows() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < CLEANUP_EVERY_MILLIS) {
            return;
        }
        lastCleanup = now;
        try {
            leadership.lead().ifPresent(db -> {
                try {
                    store.deleteSentBefore(db, retention);
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (SQLException | RuntimeException e) {
            leadership.lost();
            LOG.warnf("outbox relay: could not delete rows sent before the retention of %s: %s", retention, e.getMessage());
        }
    }

    private void awaitSignal(Duration timeout) {
        synchronized (signal) {
            if (!wakeUp && running) {
                try {
                    signal.wait(timeout.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            wakeUp = false;
        }
    }

    /** Waits out a backoff; only shutdown ends it early. */
    private void sleep(Duration timeout) {
        long until = System.currentTimeMillis() + timeout.toMillis();
        synchronized (signal) {
            for (long left = timeout.toMillis(); running && left > 0; left = until - System.currentTimeMillis()) {
                try {
                    signal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            wakeUp = false;
        }
    }

    private static String describe(Exception failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
