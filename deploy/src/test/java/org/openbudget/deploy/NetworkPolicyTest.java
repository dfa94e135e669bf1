package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open a connection to whom, evaluated from the rendered NetworkPolicies with the Kubernetes
 * semantics (a pod selected by any ingress policy accepts only what one of them allows).
 */
class NetworkPolicyTest {

    static final Map<String, String> INGRESS_CONTROLLER_NS = Map.of("kubernetes.io/metadata.name", "ingress-nginx",
            "openbudget.org/ingress-controller", "true");
    static final Map<String, String> OTHER_NS = Map.of("kubernetes.io/metadata.name", "somebody-else");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDatabaseIsReachableOnlyByItsOwner(String overlay) {
        Policies p = new Policies(Manifests.of(overlay));
        for (JsonNode cluster : p.m.ofKind("Cluster")) {
            Map<String, String> instance = Map.of("cnpg.io/cluster", Manifests.name(cluster));
            Set<String> clients = new TreeSet<>();
            for (JsonNode d : p.m.deployments()) {
                if (p.allows(instance, 5432, p.ownNamespace(), Manifests.podLabels(d))) {
                    clients.add(Manifests.name(d));
                }
            }
            assertEquals(Set.of(cluster.at("/metadata/labels/openbudget.org~1owner").asText()), clients, Manifests.id(cluster));
            assertTrue(p.allows(instance, 5432, p.ownNamespace(), instance), "streaming replication between instances");
            assertFalse(p.allows(instance, 5432, INGRESS_CONTROLLER_NS, Map.of()), "the ingress controller never reaches a database");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theApisAreReachableFromTheIngressControllerButNotFromEachOther(String overlay) {
        Manifests m = Manifests.of(overlay);
        Policies p = new Policies(m);
        for (JsonNode target : m.deployments()) {
            int port = Manifests.container(target).at("/ports/0/containerPort").asInt();
            Map<String, String> pod = Manifests.podLabels(target);
            assertTrue(p.allows(pod, port, INGRESS_CONTROLLER_NS, Map.of("app.kubernetes.io/name", "ingress-nginx")), Manifests.id(target));
            assertFalse(p.allows(pod, port, OTHER_NS, Map.of()), Manifests.id(target) + " open to any namespace");
            assertFalse(p.allows(pod, port, p.ownNamespace(), Map.of("run", "debug")), Manifests.id(target) + " open to any pod");
            for (JsonNode source : m.deployments()) {
                assertFalse(p.allows(pod, port, p.ownNamespace(), Manifests.podLabels(source)),
                        Manifests.name(source) + " → " + Manifests.name(target) + ": no service calls another");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everythingElseIsDeniedByDefaultAndKafkaAdmitsTheFourServices(String overlay) {
        Manifests m = Manifests.of(overlay);
        Policies p = new Policies(m);
        assertFalse(p.allows(Map.of("app", "anything-new"), 8080, p.ownNamespace(), Map.of("app", "other")), "default deny");
        JsonNode kafka = m.ofKind("Kafka").get(0);
        // Strimzi opens each listener's port to its networkPolicyPeers: the port the services bootstrap to is one
        Set<Integer> listenerPorts = new TreeSet<>();
        kafka.at("/spec/kafka/listeners").forEach(l -> listenerPorts.add(l.path("port").asInt()));
        for (JsonNode d : m.deployments()) {
            String bootstrap = ServiceConfig.of(Manifests.name(d)).effective("kafka.bootstrap.servers", Environment.of(m, d));
            for (String address : bootstrap.split(",")) {
                assertTrue(listenerPorts.contains(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1).trim())),
                        Manifests.id(d) + " bootstraps from " + address + ", no listener's port " + listenerPorts);
            }
        }
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            JsonNode peers = listener.path("networkPolicyPeers");
            assertTrue(peers.isArray() && !peers.isEmpty(), "listener " + listener.path("name").asText() + " open to every pod");
            for (JsonNode d : m.deployments()) {
                boolean admitted = false;
                for (JsonNode peer : peers) {
                    admitted |= !peer.has("namespaceSelector") && Policies.matches(peer.path("podSelector"), Manifests.podLabels(d));
                }
                assertTrue(admitted, Manifests.id(d) + " cannot reach Kafka's " + listener.path("name").asText() + " listener");
            }
        }
    }

    @Test
    void theEvaluatorRefusesSelectorsItDoesNotUnderstand() throws Exception {
        JsonNode selector = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"matchExpressions\":[{\"key\":\"a\",\"operator\":\"Exists\"}]}");
        assertThrows(AssertionError.class, () -> Policies.matches(selector, Map.of("a", "b")));
    }

    /** The ingress NetworkPolicies of one namespace. Only matchLabels selectors and numeric ports are used here. */
    static final class Policies {
        final Manifests m;

        Policies(Manifests m) {
            this.m = m;
        }

        Map<String, String> ownNamespace() {
            Map<String, String> labels = new java.util.TreeMap<>(Manifests.labels(m.ofKind("Namespace").get(0).at("/metadata/labels")));
            labels.put("kubernetes.io/metadata.name", m.namespace());
            return labels;
        }

        /** Can a pod with {@code source} labels in a namespace with {@code sourceNs} labels connect to {@code target}:port? */
        boolean allows(Map<String, String> target, int port, Map<String, String> sourceNs, Map<String, String> source) {
            boolean isolated = false;
            for (JsonNode policy : m.ofKind("NetworkPolicy")) {
                JsonNode spec = policy.path("spec");
                boolean ingressPolicy = !spec.has("policyTypes") || spec.path("policyTypes").toString().contains("\"Ingress\"");
                if (!ingressPolicy || !matches(spec.path("podSelector"), target)) {
                    continue;
                }
                isolated = true;
                for (JsonNode rule : spec.path("ingress")) {
                    if (portAllowed(rule.path("ports"), port) && peerAllowed(rule, sourceNs, source)) {
                        return true;
                    }
                }
            }
            return !isolated;
        }

        private boolean peerAllowed(JsonNode rule, Map<String, String> sourceNs, Map<String, String> source) {
            if (!rule.has("from") || rule.path("from").isEmpty()) {
                return true;
            }
            for (JsonNode peer : rule.path("from")) {
                if (peer.has("ipBlock")) {
                    throw new AssertionError("ipBlock peers are not evaluated here: " + peer);
                }
                boolean nsOk = peer.has("namespaceSelector") ? matches(peer.path("namespaceSelector"), sourceNs)
                        : sourceNs.equals(ownNamespace());
                boolean podOk = !peer.has("podSelector") || matches(peer.path("podSelector"), source);
                if (nsOk && podOk) {
                    return true;
                }
            }
            return false;
        }

        private static boolean portAllowed(JsonNode ports, int port) {
            if (ports.isMissingNode() || ports.isEmpty()) {
                return true;
            }
            for (JsonNode p : ports) {
                if (!p.path("port").isInt()) {
                    throw new AssertionError("only numeric ports are evaluated here: " + p);
                }
                if (p.path("port").asInt() == port) {
                    return true;
                }
            }
            return false;
        }

        static boolean matches(JsonNode selector, Map<String, String> labels) {
            if (selector.has("matchExpressions")) {
                throw new AssertionError("matchExpressions are not evaluated here: " + selector);
            }
            Map<String, String> wanted = Manifests.labels(selector.path("matchLabels"));
            return labels.entrySet().containsAll(wanted.entrySet());
        }
    }
}
