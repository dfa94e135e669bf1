package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Strimzi cluster and its topics match what the services are configured to use (security: KafkaSecurityTest). */
class KafkaTest {

    static final Set<String> EVENT_TOPICS = Set.of("budget.events", "performance.events", "asset.events");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theTopicsAreExactlyTheOnesTheServicesUse(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> used = new TreeSet<>();
        for (JsonNode d : m.deployments()) {
            used.addAll(ServiceConfig.of(Manifests.name(d)).topics(Environment.of(m, d)));
        }
        Set<String> declared = new TreeSet<>();
        for (JsonNode t : m.ofKind("KafkaTopic")) {
            declared.add(topicName(t));
        }
        assertEquals(used, declared, overlay + ": KafkaTopic resources vs. the services' configuration");
        assertTrue(used.containsAll(EVENT_TOPICS) && used.contains("aggregation.dlq"), "docs/DESIGN.md §5 topics: " + used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eventTopicsAreCompactedAndTheDeadLetterTopicExpires(String overlay) {
        Manifests m = Manifests.of(overlay);
        JsonNode kafka = m.ofKind("Kafka").get(0);
        int brokers = brokers(m);
        for (JsonNode t : m.ofKind("KafkaTopic")) {
            String name = topicName(t);
            JsonNode config = t.at("/spec/config");
            assertEquals(Manifests.name(kafka), t.at("/metadata/labels/strimzi.io~1cluster").asText(), name + " belongs to the cluster");
            assertEquals(EVENT_TOPICS.contains(name) ? "compact" : "delete", config.path("cleanup.policy").asText(), name);
            if (!EVENT_TOPICS.contains(name)) {
                assertTrue(config.path("retention.ms").asLong() > 0, name + ": a retention");
            }
            int replicas = t.at("/spec/replicas").asInt();
            int minIsr = config.path("min.insync.replicas").asInt();
            assertTrue(replicas <= brokers, name + ": more replicas than brokers");
            if (overlay.equals("prod")) {
                assertEquals(3, replicas, name + ": replication factor");
                assertEquals(2, minIsr, name + ": min ISR");
            } else {
                assertTrue(minIsr >= 1 && minIsr <= replicas, name + ": min ISR " + minIsr + " of " + replicas);
            }
            assertTrue(t.at("/spec/partitions").asInt() >= 1, name);
        }
        JsonNode brokerConfig = kafka.at("/spec/kafka/config");
        assertEquals(false, brokerConfig.path("auto.create.topics.enable").asBoolean(true), "topics only from KafkaTopic resources");
        assertTrue(brokerConfig.path("offsets.topic.replication.factor").asInt() <= brokers, "offsets topic replication");
        assertEquals(overlay.equals("prod") ? 3 : 1, brokers, overlay + ": brokers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theBrokerVersionIsTheOneTheClientsArePinnedTo(String overlay) throws IOException {
        Matcher pinned = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Files.readString(Repo.root().resolve("pom.xml")));
        assertTrue(pinned.find(), "kafka.version in the root pom");
        assertEquals(pinned.group(1), Manifests.of(overlay).ofKind("Kafka").get(0).at("/spec/kafka/version").asText());
    }

    static String topicName(JsonNode topic) {
        String name = topic.at("/spec/topicName").asText();
        return name.isEmpty() ? Manifests.name(topic) : name;
    }

    /** Nodes with the broker role over all node pools of the cluster. */
    static int brokers(Manifests m) {
        int brokers = 0;
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            if (pool.at("/spec/roles").toString().contains("\"broker\"")) {
                brokers += pool.at("/spec/replicas").asInt();
            }
        }
        return brokers;
    }
}
