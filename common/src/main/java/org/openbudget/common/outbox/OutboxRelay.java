package org.openbudget.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openbudget.common.event.CloudEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in position order and stamps them sent.
 *
 * <p>One worker thread per service instance; a PostgreSQL advisory lock makes sure only one instance
 * relays at a time, so events of one key leave in commit order even with several replicas. The
 * worker is woken right after a transaction that appended events commits (low latency) and polls
 * anyway (rows committed by other replicas, retries after a broker outage). A row is stamped only
 * once Kafka acknowledged it ({@code acks=all}); a failure leaves it and every later row for the
 * next round, so an outage delays events and never loses them. A crash between the acknowledgement
 * and the stamp re-sends the row: delivery is at-least-once, consumers are idempotent.
 */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of this database. */
    private static final long RELAY_LOCK = 0x0b_0de7_ba5eL;

    private final EntityManager em;
    private final Counter relayed;
    private final Counter failures;
    private final String bootstrapServers;
    private final java.util.Map<String, Object> kafkaConfig;
    private final String clientId;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final Duration retention;

    private final Object signal = new Object();
    private volatile boolean wakeUp;
    private volatile boolean running;
    private Thread worker;
    private Producer<String, String> producer;
    private long lastCleanup;

    public OutboxRelay(EntityManager em, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @io.smallrye.common.annotation.Identifier("default-kafka-broker") java.util.Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String clientId,
                       @ConfigProperty(name = "openbudget.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "openbudget.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
                       @ConfigProperty(name = "openbudget.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout,
                       @ConfigProperty(name = "openbudget.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.em = em;
        this.bootstrapServers = bootstrapServers;
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
        this.relayed = registry.counter("outbox.relayed");
        this.failures = registry.counter("outbox.relay.failures");
    }

    void start(@Observes StartupEvent ignored) {
        producer = new KafkaProducer<>(producerConfig());
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
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
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
        while (running) {
            try {
                int sent;
                do {
                    sent = relayBatch();
                } while (running && sent == batchSize);
                backoff = pollInterval;
                cleanupSentRows();
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("outbox relay: %s — retrying in %s", e.getMessage(), backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
            awaitSignal(backoff);
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

    /** Sends one batch; returns the number of rows stamped sent. Throws when the batch stopped at a failure. */
    int relayBatch() {
        RuntimeException[] failure = new RuntimeException[1];
        int sent = QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> rows = OutboxEvent.<OutboxEvent>find("sentAt is null order by position")
                    .page(0, batchSize).list();
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            try {
                for (OutboxEvent row : rows) {
                    acks.add(producer.send(record(row)));
                }
            } catch (RuntimeException e) {
                failure[0] = e;
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int ok = 0;
            for (int i = 0; i < acks.size() && failure[0] == null; i++) {
                try {
                    acks.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    rows.get(i).sentAt = now;
                    ok++;
                } catch (Exception e) {
                    failure[0] = new IllegalStateException("Kafka did not acknowledge event " + rows.get(i).eventId
                            + ": " + e, e);
                }
            }
            if (failure[0] != null && ok < rows.size()) {
                OutboxEvent stuck = rows.get(ok);
                stuck.attempts++;
                stuck.lastError = failure[0].getMessage();
            }
            relayed.increment(ok);
            return ok;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return sent;
    }

    private void cleanupSentRows() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < Duration.ofMinutes(10).toMillis()) {
            return;
        }
        lastCleanup = now;
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("sentAt < ?1", before));
    }

    private ProducerRecord<String, String> record(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.messageKey, row.payload);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        // every kafka.* setting of the service (security protocol, SASL, TLS …), then what the relay relies on
        p.putAll(kafkaConfig);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox-relay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        // fail fast while the broker is away: the row stays in the outbox and is retried
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis(), 5_007));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }
}
