package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every overlay renders offline, and only to kinds and API versions the platform's prerequisites serve. */
class RenderTest {

    /** apiVersion → kinds: Kubernetes itself, Strimzi 1.2, CloudNativePG ≥ 1.27 (+ Barman Cloud plugin), Prometheus Operator. */
    static final Map<String, Set<String>> KNOWN = Map.of(
            "v1", Set.of("Namespace", "ConfigMap", "Service"),
            "apps/v1", Set.of("Deployment"),
            "networking.k8s.io/v1", Set.of("NetworkPolicy", "Ingress"),
            "autoscaling/v2", Set.of("HorizontalPodAutoscaler"),
            "policy/v1", Set.of("PodDisruptionBudget"),
            "kafka.strimzi.io/v1", Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"),
            "postgresql.cnpg.io/v1", Set.of("Cluster", "ScheduledBackup"),
            "barmancloud.cnpg.io/v1", Set.of("ObjectStore"),
            "monitoring.coreos.com/v1", Set.of("ServiceMonitor", "PodMonitor", "PrometheusRule"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectHasAKnownKindAndApiVersion(String overlay) {
        Manifests m = Manifests.of(overlay);
        assertTrue(m.objects.size() > 30, overlay + " rendered only " + m.objects.size() + " objects");
        List<String> unknown = new ArrayList<>();
        for (JsonNode o : m.objects) {
            String apiVersion = o.path("apiVersion").asText();
            String kind = o.path("kind").asText();
            if (!KNOWN.getOrDefault(apiVersion, Set.of()).contains(kind)) {
                unknown.add(apiVersion + " " + kind + " " + Manifests.name(o));
            }
            assertFalse(Manifests.name(o).isBlank(), overlay + ": an object without metadata.name: " + o);
        }
        assertEquals(List.of(), unknown, overlay + ": kinds or API versions the prerequisites do not serve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingLivesInTheOverlaysNamespaceOnce(String overlay) {
        Manifests m = Manifests.of(overlay);
        assertEquals(1, m.ofKind("Namespace").size(), overlay + ": one Namespace object");
        assertEquals(m.namespace(), Manifests.name(m.ofKind("Namespace").get(0)));
        Set<String> seen = new HashSet<>();
        for (JsonNode o : m.objects) {
            assertTrue(seen.add(o.path("apiVersion").asText() + " " + Manifests.id(o)), overlay + ": twice " + Manifests.id(o));
            if (!o.path("kind").asText().equals("Namespace")) {
                assertEquals(m.namespace(), o.at("/metadata/namespace").asText(), overlay + ": namespace of " + Manifests.id(o));
            }
        }
    }

    @Test
    void bothOverlaysDeployTheFourServicesAndTheirInfrastructure() {
        for (String overlay : Manifests.OVERLAYS) {
            Manifests m = Manifests.of(overlay);
            assertEquals(Set.of("budget-service", "performance-service", "asset-service", "aggregation-service"),
                    Set.copyOf(m.deployments().stream().map(Manifests::name).toList()), overlay);
            assertEquals(4, m.ofKind("Cluster").size(), overlay + ": one PostgreSQL cluster per service");
            assertEquals(1, m.ofKind("Kafka").size(), overlay);
            assertFalse(m.ofKind("KafkaNodePool").isEmpty(), overlay);
        }
    }

    @Test
    void aBrokenKustomizationFailsWithKubectlsMessage() throws Exception {
        java.nio.file.Path dir = Repo.root().resolve("deploy/target/kustomize-broken");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - does-not-exist.yaml\n");
        AssertionError e = assertThrows(AssertionError.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains("does-not-exist.yaml"), e.getMessage());
    }
}
