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

    /**
     * The broker runs a Kafka the pinned Strimzi supports (a vendored list: an unsupported version is refused by the
     * operator at apply time), with that version's KRaft metadata, and is not older than the clients the services
     * are built with (the Quarkus BOM's kafka-clients, as resolved for this build): Kafka brokers serve older
     * clients, a newer client against an older broker loses features it may rely on. Issue #17 dropped the former
     * "broker = client" rule, which Kafka does not require.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theBrokerRunsASupportedKafkaNotOlderThanTheClients(String overlay) throws IOException {
        JsonNode kafka = Manifests.of(overlay).ofKind("Kafka").get(0).at("/spec/kafka");
        String broker = kafka.path("version").asText();
        assertTrue(STRIMZI_KAFKA_VERSIONS.contains(broker), overlay + ": Kafka " + broker + " is not one Strimzi "
                + STRIMZI + " runs " + STRIMZI_KAFKA_VERSIONS);
        String[] parts = broker.split("\\.");
        assertTrue(kafka.path("metadataVersion").asText().startsWith(parts[0] + "." + parts[1] + "-IV"),
                overlay + ": metadataVersion " + kafka.path("metadataVersion") + " for Kafka " + broker);
        String clients = clientVersion();
        assertTrue(compare(broker, clients) >= 0, overlay + ": broker " + broker + " older than the clients " + clients);
    }

    @org.junit.jupiter.api.Test
    void theLocalStackRunsTheClustersBroker() throws IOException {
        String cluster = Manifests.of("prod").ofKind("Kafka").get(0).at("/spec/kafka/version").asText();
        Matcher local = Pattern.compile("<artifactId>kafka_2\\.13</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Repo.root().resolve("deploy/local/kafka/pom.xml")));
        assertTrue(local.find(), "kafka_2.13 in deploy/local/kafka/pom.xml");
        assertEquals(cluster, local.group(1), "deploy/local's broker");
        Matcher pinned = Pattern.compile("<kafka.broker.version>([^<]+)</kafka.broker.version>")
                .matcher(Files.readString(Repo.root().resolve("pom.xml")));
        assertTrue(pinned.find(), "kafka.broker.version in the root pom");
        assertEquals(cluster, pinned.group(1), "the root pom's kafka.broker.version");
    }

    @org.junit.jupiter.api.Test
    void versionsCompareNumerically() {
        assertTrue(compare("4.10.0", "4.9.1") > 0);
        assertTrue(compare("4.3.1", "4.3.1") == 0);
        assertTrue(compare("4.1.2", "4.3.1") < 0);
    }

    static final String STRIMZI = "1.2.0";
    /** The Kafka versions the pinned Strimzi runs (src/test/resources/crds/strimzi-VERSION/kafka-versions.txt). */
    static final Set<String> STRIMZI_KAFKA_VERSIONS = kafkaVersions();

    private static Set<String> kafkaVersions() {
        try (var in = KafkaTest.class.getResourceAsStream("/crds/strimzi-" + STRIMZI + "/kafka-versions.txt")) {
            Set<String> versions = new TreeSet<>();
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(versions::add);
            return versions;
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("no vendored list of the Kafka versions Strimzi " + STRIMZI + " runs", e);
        }
    }

    /** The kafka-clients version this build resolves from the Quarkus BOM (the jar's own version file). */
    static String clientVersion() throws IOException {
        try (var in = org.apache.kafka.clients.producer.ProducerConfig.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (d != 0) {
                return d;
            }
        }
        return 0;
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
