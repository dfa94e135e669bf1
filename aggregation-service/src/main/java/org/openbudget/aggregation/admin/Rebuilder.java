package org.openbudget.aggregation.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.openbudget.aggregation.intake.EventIntake;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every read model from the owner topics without readers ever seeing a partial one: the topics are replayed
 * from the beginning into a shadow schema ({@link ShadowSchema}) while the live intake keeps serving the live tables;
 * then the replay follows the topics' new ends until it is only a few records behind; then the live intake is paused
 * ({@link IntakePause}), the last records are replayed and the shadow is swapped in, in one transaction. Readers see
 * the old read model until that commit and the complete new one after it. Every event the live intake committed
 * meanwhile was read from the topics before the pause, so the replay applied it to the shadow as well. A rebuild that
 * fails drops its shadow and leaves the live read model as it was.
 */
@ApplicationScoped
public class Rebuilder {

    private static final Logger LOG = Logger.getLogger(Rebuilder.class);
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(30);
    /** PostgreSQL's lock_not_available (lock_timeout ran out) and deadlock_detected: a reader was in the way. */
    private static final List<String> LOCK_STATES = List.of("55P03", "40P01");

    private final EventIntake intake;
    private final DataSource dataSource;
    private final ManagedExecutor executor;
    private final String bootstrap;
    private final Map<String, Object> kafkaConfig;
    private final List<String> topics;
    private final MeterRegistry registry;
    private final long catchUpLag;
    private final int catchUpRounds;
    private final Duration swapLockTimeout;
    private final int swapAttempts;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    public Rebuilder(EventIntake intake, DataSource dataSource, ManagedExecutor executor,
                     @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                     @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                     @ConfigProperty(name = "openbudget.rebuild.topics") List<String> topics,
                     MeterRegistry registry,
                     @ConfigProperty(name = "openbudget.rebuild.catch-up-lag") long catchUpLag,
                     @ConfigProperty(name = "openbudget.rebuild.catch-up-rounds") int catchUpRounds,
                     @ConfigProperty(name = "openbudget.rebuild.swap-lock-timeout") Duration swapLockTimeout,
                     @ConfigProperty(name = "openbudget.rebuild.swap-attempts") int swapAttempts) {
        this.intake = intake;
        this.dataSource = dataSource;
        this.executor = executor;
        this.bootstrap = bootstrap;
        this.kafkaConfig = kafkaConfig;
        this.topics = topics;
        this.registry = registry;
        this.catchUpLag = catchUpLag;
        this.catchUpRounds = catchUpRounds;
        this.swapLockTimeout = swapLockTimeout;
        this.swapAttempts = swapAttempts;
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild unless one is running; returns the status either way. */
    public synchronized RebuildStatus start() {
        if (RebuildStatus.RUNNING.equals(status.get().state())) {
            return status.get();
        }
        status.set(RebuildStatus.started(now()));
        executor.runAsync(this::run);
        return status.get();
    }

    private void run() {
        // one connection for the whole rebuild: its session holds the rebuild's claim and, for the swap, the pause
        try (Connection control = dataSource.getConnection()) {
            control.setAutoCommit(true);
            if (!IntakePause.claimRebuild(control)) {
                fail("another instance is rebuilding the read models", null);
                return;
            }
            try {
                rebuild(control);
                status.set(status.get().done(now()));
                LOG.infof("rebuild done: %d records replayed, %d refused", status.get().replayed(), status.get().refused());
            } catch (Exception e) {
                fail(e.toString(), e);
                try {
                    ShadowSchema.drop(control);
                } catch (SQLException dropping) {
                    LOG.warn("the failed rebuild's shadow schema is left (the next rebuild drops it)", dropping);
                }
            } finally {
                IntakePause.releaseRebuild(control);
            }
        } catch (Exception e) {
            fail(e.toString(), e);
        }
    }

    private void rebuild(Connection control) throws SQLException {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Replay replay = new Replay(consumer, partitions, consumer.beginningOffsets(partitions, BROKER_TIMEOUT));
            ShadowSchema.create(control);
            consumer.seekToBeginning(partitions);

            replay.to(consumer.endOffsets(partitions, BROKER_TIMEOUT), RebuildStatus.REPLAYING);
            for (int round = 1; ; round++) {
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, BROKER_TIMEOUT);
                replay.report(RebuildStatus.CATCHING_UP, end);
                if (replay.lag(end) <= catchUpLag || round > catchUpRounds) {
                    break;
                }
                replay.to(end, RebuildStatus.CATCHING_UP);
            }
            ShadowSchema.analyze(control);
            // what arrived while the statistics were gathered, so that the pause replays only the last few records
            replay.to(consumer.endOffsets(partitions, BROKER_TIMEOUT), RebuildStatus.CATCHING_UP);
            swap(control, consumer, partitions, replay);
        }
        try {
            ShadowSchema.drop(control);
        } catch (SQLException e) {
            LOG.warn("the retired read model is left in schema retired (the next rebuild drops it)", e);
        }
    }

    /**
     * The live intake paused (its transactions in flight committed first), the last records replayed, the swap; the
     * intake resumes at once and finds the events it was holding already applied (duplicates). A reader holding a
     * live table longer than the lock timeout makes the swap give up: the intake resumes and it is tried again.
     */
    private void swap(Connection control, KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
                      Replay replay) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            long asked = System.nanoTime();
            IntakePause.pause(control);
            long paused = System.nanoTime();
            try {
                long before = replay.replayed;
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, BROKER_TIMEOUT);
                long ends = System.nanoTime();
                replay.to(end, RebuildStatus.SWAPPING);
                long replayed = System.nanoTime();
                ShadowSchema.swap(control, swapLockTimeout.toMillis());
                LOG.infof("swapped in: the live intake was paused %d ms (%d ms waiting for its transactions in flight "
                                + "before), the topics' ends asked in %d ms, %d records replayed in %d ms, the swap took %d ms",
                        millis(paused, System.nanoTime()), millis(asked, paused), millis(paused, ends),
                        replay.replayed - before, millis(ends, replayed), millis(replayed, System.nanoTime()));
                return;
            } catch (SQLException e) {
                if (!LOCK_STATES.contains(e.getSQLState()) || attempt >= swapAttempts) {
                    throw new IllegalStateException("the swap did not get the live read model's tables within "
                            + swapLockTimeout.toMillis() + " ms (attempt " + attempt + " of " + swapAttempts
                            + "; readers or writers held them): " + e.getMessage(), e);
                }
                LOG.warnf("swap attempt %d of %d gave up waiting for the live tables: %s", attempt, swapAttempts, e.getMessage());
            } finally {
                IntakePause.resume(control);
            }
        }
    }

    /** Every partition of the rebuild's topics; a topic the broker does not know fails the rebuild before it starts. */
    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, BROKER_TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on the broker");
            }
            for (PartitionInfo info : infos) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    /** The replay's position and counts; its transactions write into the shadow schema. */
    private final class Replay {
        private final KafkaConsumer<String, String> consumer;
        private final List<TopicPartition> partitions;
        private final Map<TopicPartition, Long> begin;
        private long replayed;
        private long refused;

        Replay(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> begin) {
            this.consumer = consumer;
            this.partitions = partitions;
            this.begin = begin;
        }

        /**
         * Applies every record up to {@code end}. A poll may return some beyond it: they are applied too (the replay
         * would reach them next), so that no record is skipped between rounds.
         */
        void to(Map<TopicPartition, Long> end, String phase) {
            report(phase, end);
            while (lag(end) > 0) {
                // a poll's records of each topic applied as one batch, as the live channels do
                Map<String, List<ConsumerRecord<String, String>>> batches = new LinkedHashMap<>();
                // while the intake is paused a poll must not idle: one that finds only transaction markers (they
                // advance the position, no record) would otherwise wait out its whole timeout
                Duration wait = RebuildStatus.SWAPPING.equals(phase) ? Duration.ofMillis(20) : Duration.ofMillis(500);
                for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
                    batches.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(record);
                }
                for (List<ConsumerRecord<String, String>> batch : batches.values()) {
                    // refused ones were dead-lettered when they first arrived: counted apart, nothing is sent again
                    for (EventIntake.Refused r : intake.intake(batch, ShadowSchema::enter).refused()) {
                        refused++;
                        registry.counter("aggregation.rebuild.refused", "topic", r.record().topic()).increment();
                    }
                    replayed += batch.size();
                }
                report(phase, end);
            }
        }

        long lag(Map<TopicPartition, Long> end) {
            return partitions.stream().mapToLong(tp -> Math.max(0, end.get(tp) - consumer.position(tp))).sum();
        }

        void report(String phase, Map<TopicPartition, Long> end) {
            long target = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
            status.set(status.get().progress(phase, target, replayed, refused, lag(end)));
        }
    }

    private synchronized void fail(String why, Exception e) {
        LOG.error("rebuild failed, the live read model is unchanged: " + why, e);
        if (RebuildStatus.RUNNING.equals(status.get().state())) {
            status.set(status.get().failed(now(), why));
        }
    }

    private Properties consumerConfig() {
        Properties p = new Properties();
        p.putAll(kafkaConfig); // security protocol, SASL, TLS … as the service's channels use them
        p.remove(ConsumerConfig.GROUP_ID_CONFIG); // the replay reads by assignment, without a group
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
