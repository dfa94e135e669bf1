package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** prod: replicas ≥ 2 under a CPU autoscaler, disruption budgets, spreading; dev: one of everything. */
class ScalingTest {

    @Test
    void prodRunsEveryServiceTwiceOrMoreUnderACpuAutoscaler() {
        Manifests m = Manifests.of("prod");
        for (JsonNode d : m.deployments()) {
            String name = Manifests.name(d);
            JsonNode hpa = m.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> h.at("/spec/scaleTargetRef/kind").asText().equals("Deployment")
                            && h.at("/spec/scaleTargetRef/name").asText().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no HPA scales " + name));
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, name + ": minReplicas");
            assertTrue(hpa.at("/spec/maxReplicas").asInt() >= hpa.at("/spec/minReplicas").asInt(), name);
            JsonNode metric = hpa.at("/spec/metrics/0");
            assertEquals("cpu", metric.at("/resource/name").asText(), name + ": autoscaled on CPU");
            assertEquals("Utilization", metric.at("/resource/target/type").asText(), name);
            assertTrue(d.at("/spec/replicas").isMissingNode(), name + ": the HPA owns the replica count (apply would reset it)");
        }
    }

    @Test
    void prodKeepsAReadyPodThroughDrainsAndSpreadsOverNodes() {
        Manifests m = Manifests.of("prod");
        for (JsonNode d : m.deployments()) {
            Map<String, String> pod = Manifests.podLabels(d);
            List<JsonNode> pdbs = m.ofKind("PodDisruptionBudget").stream()
                    .filter(p -> Manifests.selects(Manifests.labels(p.at("/spec/selector/matchLabels")), pod)).toList();
            assertEquals(1, pdbs.size(), Manifests.id(d) + ": disruption budgets");
            assertTrue(pdbs.get(0).at("/spec/minAvailable").asInt() >= 1, Manifests.id(d));
            JsonNode term = d.at("/spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm");
            assertEquals("kubernetes.io/hostname", term.path("topologyKey").asText(), Manifests.id(d) + ": anti-affinity");
            assertTrue(Manifests.selects(Manifests.labels(term.at("/labelSelector/matchLabels")), pod), Manifests.id(d) + ": anti-affinity against its own pods");
        }
    }

    @Test
    void prodDatabasesAndKafkaAreReplicatedThreeTimes() {
        Manifests m = Manifests.of("prod");
        for (JsonNode c : m.ofKind("Cluster")) {
            assertEquals(3, c.at("/spec/instances").asInt(), Manifests.id(c));
            assertTrue(c.at("/spec/affinity/enablePodAntiAffinity").asBoolean(), Manifests.id(c));
        }
        assertEquals(3, KafkaTest.brokers(m));
        int controllers = m.ofKind("KafkaNodePool").stream().filter(p -> p.at("/spec/roles").toString().contains("\"controller\""))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        assertEquals(3, controllers, "a KRaft quorum of three");
    }

    @Test
    void autoscaledConnectionPoolsFitTheDatabasesAndConsumersThePartitions() {
        Manifests m = Manifests.of("prod");
        for (JsonNode d : m.deployments()) {
            String name = Manifests.name(d);
            ServiceConfig config = ServiceConfig.of(name);
            Map<String, String> env = Environment.of(m, d);
            int maxReplicas = hpa(m, name).map(h -> h.at("/spec/maxReplicas").asInt()).orElseThrow();
            int pool = Integer.parseInt(config.effective("quarkus.datasource.jdbc.max-size", env));
            String host = java.net.URI.create(config.effective("quarkus.datasource.jdbc.url", env).substring(5)).getHost();
            JsonNode cluster = m.get("Cluster", host.substring(0, host.length() - 3));
            int maxConnections = Integer.parseInt(cluster.at("/spec/postgresql/parameters/max_connections").asText("100"));
            // keep room for the operator, replication, monitoring and a rollout's surge pod
            assertTrue((maxReplicas + 1) * pool + 20 <= maxConnections,
                    name + ": " + (maxReplicas + 1) + " pods × " + pool + " connections do not fit max_connections " + maxConnections);
            if (name.equals("aggregation-service")) {
                for (String topic : KafkaTest.EVENT_TOPICS) {
                    JsonNode t = m.ofKind("KafkaTopic").stream().filter(k -> KafkaTest.topicName(k).equals(topic)).findFirst().orElseThrow();
                    assertTrue(maxReplicas <= t.at("/spec/partitions").asInt(), "more aggregation consumers than " + topic + " partitions");
                }
            }
        }
    }

    @Test
    void devRunsOneOfEverything() {
        Manifests m = Manifests.of("dev");
        m.deployments().forEach(d -> assertEquals(1, d.at("/spec/replicas").asInt(), Manifests.id(d)));
        m.ofKind("Cluster").forEach(c -> assertEquals(1, c.at("/spec/instances").asInt(), Manifests.id(c)));
        assertEquals(1, KafkaTest.brokers(m));
        assertTrue(m.ofKind("HorizontalPodAutoscaler").isEmpty() && m.ofKind("PodDisruptionBudget").isEmpty(),
                "a single pod with a disruption budget would block every node drain");
        assertFalse(m.ofKind("Ingress").isEmpty());
    }

    private static Optional<JsonNode> hpa(Manifests m, String deployment) {
        return m.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> h.at("/spec/scaleTargetRef/name").asText().equals(deployment)).findFirst();
    }
}
