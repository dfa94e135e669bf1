package org.openbudget.aggregation.intake;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The readiness rule on its own, fed the calls the Kafka client makes to the channels' rebalance
 * listeners: DOWN until every channel had its first assignment, DOWN again when a channel's membership
 * is lost, unaffected by an ordinary rebalance.
 */
class ConsumingCheckTest {

    private final ChannelAssignments assignments = new ChannelAssignments();
    private final ConsumingCheck check = new ConsumingCheck(assignments,
            new InfrastructureRetry(new SimpleMeterRegistry(), Duration.ofMillis(1), Duration.ofMillis(1)));

    private static List<TopicPartition> partitions(String topic, int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> new TopicPartition(topic, n)).toList();
    }

    @Test
    void downUntilEveryChannelHasBeenAssignedThenNamesItsPartitions() {
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus(), "nothing assigned yet");
        assignments.listener("budget-events").onPartitionsAssigned(null, partitions("budget.events", 0, 1));
        assignments.listener("performance-events").onPartitionsAssigned(null, partitions("performance.events", 2));
        assignments.listener("asset-events").onPartitionsAssigned(null, partitions("asset.events", 0));
        HealthCheckResponse threeOfFour = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, threeOfFour.getStatus());
        assertEquals("not assigned yet", threeOfFour.getData().orElseThrow().get("dead-letters"));

        assignments.listener("dead-letters").onPartitionsAssigned(null, List.of()); // a member on standby
        HealthCheckResponse ready = check.call();
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        Map<String, Object> data = ready.getData().orElseThrow();
        assertEquals("budget.events-0,budget.events-1", data.get("budget-events"));
        assertEquals("performance.events-2", data.get("performance-events"));
        assertEquals("none (standby member)", data.get("dead-letters"));
    }

    @Test
    void anOrdinaryRebalanceKeepsItReadyALostMembershipDoesNot() {
        for (String channel : ConsumingCheck.CHANNELS) {
            assignments.listener(channel).onPartitionsAssigned(null, partitions(channel, 0, 1));
        }
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());

        assignments.listener("budget-events").onPartitionsRevoked(null, partitions("budget-events", 1));
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
        assertEquals("budget-events-0", check.call().getData().orElseThrow().get("budget-events"));

        assignments.listener("asset-events").onPartitionsLost(null, partitions("asset-events", 0, 1));
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus(), "the group went on without it");
        assignments.listener("asset-events").onPartitionsAssigned(null, partitions("asset-events", 0));
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
    }
}
