package org.openbudget.aggregation.intake;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * One rebalance listener per channel (the connector finds it by the name in the channel's
 * {@code consumer-rebalance-listener.name}); the channels share a group id, so a single listener
 * could not tell whose partitions it is told about.
 */
@ApplicationScoped
public class AssignmentListeners {

    public static final String BUDGET = "budget-events-assignments";
    public static final String PERFORMANCE = "performance-events-assignments";
    public static final String ASSET = "asset-events-assignments";
    public static final String DEAD_LETTERS = "dead-letters-assignments";

    @Produces
    @ApplicationScoped
    @Identifier(BUDGET)
    KafkaConsumerRebalanceListener budget(ChannelAssignments assignments) {
        return assignments.listener("budget-events");
    }

    @Produces
    @ApplicationScoped
    @Identifier(PERFORMANCE)
    KafkaConsumerRebalanceListener performance(ChannelAssignments assignments) {
        return assignments.listener("performance-events");
    }

    @Produces
    @ApplicationScoped
    @Identifier(ASSET)
    KafkaConsumerRebalanceListener asset(ChannelAssignments assignments) {
        return assignments.listener("asset-events");
    }

    @Produces
    @ApplicationScoped
    @Identifier(DEAD_LETTERS)
    KafkaConsumerRebalanceListener deadLetters(ChannelAssignments assignments) {
        return assignments.listener("dead-letters");
    }
}
