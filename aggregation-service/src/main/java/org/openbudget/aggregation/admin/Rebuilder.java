package org.openbudget.aggregation.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import org.openbudget.aggregation.intake.ProcessedEvent;
import org.openbudget.aggregation.intake.Projector;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drops every read model and replays the owner topics from the beginning up to the end offsets seen
 * when the rebuild started. The live channels keep running meanwhile: versions make their interleaving
 * harmless (whatever arrives twice is a duplicate or stale), so the result equals the state before.
 */
@ApplicationScoped
public class Rebuilder {

    private static final Logger LOG = Logger.getLogger(Rebuilder.class);

    private final Instance<Projector> projectors;
    private final EventIntake intake;
    private final org.openbudget.aggregation.rollup.RollupStore rollups;
    private final ManagedExecutor executor;
    private final String bootstrap;
    private final Map<String, Object> kafkaConfig;
    private final List<String> topics;
    private final io.micrometer.core.instrument.MeterRegistry registry;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    public Rebuilder(Instance<Projector> projectors, EventIntake intake,
                     org.openbudget.aggregation.rollup.RollupStore rollups, ManagedExecutor executor,
                     @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                     @io.smallrye.common.annotation.Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                     @ConfigProperty(name = "openbudget.rebuild.topics") List<String> topics,
                     io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        this.projectors = projectors;
        this.intake = intake;
        this.rollups = rollups;
        this.executor = executor;
        this.bootstrap = bootstrap;
        this.kafkaConfig = kafkaConfig;
        this.topics = topics;
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Starts a rebuild unless one is running; returns the status either way. */
    public synchronized RebuildStatus start() {
        if (RebuildStatus.RUNNING.equals(status.get().state())) {
            return status.get();
        }
        status.set(new RebuildStatus(RebuildStatus.RUNNING, now(), null, 0, 0, 0, null));
        executor.runAsync(this::run);
        return status.get();
    }

    private void run() {
        OffsetDateTime started = status.get().startedAt();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            long target = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();

            QuarkusTransaction.requiringNew().run(() -> {
                projectors.forEach(Projector::reset);
                rollups.reset();
                ProcessedEvent.deleteAll();
            });
            consumer.seekToBeginning(partitions);

            long replayed = 0;
            long refused = 0;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                // a poll's records of each topic applied as one batch, as the live channels do
                Map<String, List<ConsumerRecord<String, String>>> batches = new java.util.LinkedHashMap<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(tp)) {
                        batches.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(record);
                    }
                }
                for (List<ConsumerRecord<String, String>> batch : batches.values()) {
                    // refused ones were dead-lettered when they first arrived: counted apart, nothing is sent again
                    for (EventIntake.Refused r : intake.intake(batch).refused()) {
                        refused++;
                        registry.counter("aggregation.rebuild.refused", "topic", r.record().topic()).increment();
                    }
                    replayed += batch.size();
                }
                status.set(new RebuildStatus(RebuildStatus.RUNNING, started, null, target, replayed, refused, null));
            }
            status.set(new RebuildStatus(RebuildStatus.DONE, started, now(), target, replayed, refused, null));
            LOG.infof("rebuild done: %d records replayed, %d refused", replayed, refused);
        } catch (RuntimeException e) {
            LOG.error("rebuild failed", e);
            RebuildStatus s = status.get();
            status.set(new RebuildStatus(RebuildStatus.FAILED, started, now(), s.target(), s.replayed(), s.refused(), e.toString()));
        }
    }

    private Properties consumerConfig() {
        Properties p = new Properties();
        p.putAll(kafkaConfig); // security protocol, SASL, TLS … as the service's channels use them
        p.remove(ConsumerConfig.GROUP_ID_CONFIG); // the replay reads by assignment, without a group
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
