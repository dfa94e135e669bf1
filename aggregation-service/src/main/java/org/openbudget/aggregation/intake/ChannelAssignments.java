package org.openbudget.aggregation.intake;

import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which partitions each consuming channel holds, as the group coordinator handed them out. A channel is
 * in the map from its first assignment on (possibly of no partition: a replica beyond the partition
 * count is a member on standby) and leaves it when its membership is lost; a normal rebalance only
 * changes its partitions.
 */
@ApplicationScoped
public class ChannelAssignments {

    private final Map<String, Set<String>> assigned = new ConcurrentHashMap<>();

    /** The partitions the channel holds, or empty while it has not joined its group. */
    public Optional<Set<String>> of(String channel) {
        return Optional.ofNullable(assigned.get(channel)).map(TreeSet::new);
    }

    /** The rebalance listener of one channel, named in its {@code consumer-rebalance-listener.name}. */
    public KafkaConsumerRebalanceListener listener(String channel) {
        return new KafkaConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // incremental (cooperative) assignors report only the added partitions: add, never replace
                assigned.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet())
                        .addAll(partitions.stream().map(TopicPartition::toString).toList());
            }

            @Override
            public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                Set<String> held = assigned.get(channel);
                if (held != null) {
                    partitions.forEach(p -> held.remove(p.toString()));
                }
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // the group went on without us (session expired): not consuming until assigned again
                assigned.remove(channel);
            }
        };
    }
}
