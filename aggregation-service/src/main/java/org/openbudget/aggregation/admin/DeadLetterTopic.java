package org.openbudget.aggregation.admin;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * How many records the dead-letter topic holds (end minus beginning offsets, summed over its partitions),
 * asked of the broker: compared with the recorded rows it shows dead letters the listing does not have.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    private final String topic;
    private final Duration timeout;
    private final Map<String, Object> adminConfig = new HashMap<>();
    private Admin admin;

    public DeadLetterTopic(@ConfigProperty(name = "openbudget.dead-letter.topic") String topic,
                           @ConfigProperty(name = "openbudget.dead-letter.count-timeout") Duration timeout,
                           @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                           @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.topic = topic;
        this.timeout = timeout;
        // security protocol, SASL, TLS … as the service's channels use them; consumer-only keys mean nothing here
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                adminConfig.put(key, value);
            }
        });
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "aggregation-dead-letter-count");
    }

    /** The topic's record count, or empty when the broker did not answer in time (the listing still answers). */
    public OptionalLong records() {
        try {
            Admin client = admin();
            long deadline = System.nanoTime() + timeout.toNanos(); // one budget for the three questions
            var partitions = client.describeTopics(List.of(topic)).allTopicNames().get(left(deadline), TimeUnit.NANOSECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            var end = offsets(client, partitions, OffsetSpec.latest(), deadline);
            var begin = offsets(client, partitions, OffsetSpec.earliest(), deadline);
            return OptionalLong.of(partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("could not count the records of %s: %s", topic, e.toString());
            return OptionalLong.empty();
        }
    }

    private static long left(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static Map<TopicPartition, Long> offsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec,
                                                     long deadline) throws Exception {
        return client.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec)))
                .all().get(left(deadline), TimeUnit.NANOSECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
