package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka is locked down: one listener, TLS with SCRAM-SHA-512 logins, ACL authorization; one KafkaUser per
 * service whose ACLs allow exactly what the service's configuration uses; and each service logs in with its
 * own user's generated secret and trusts the cluster CA.
 */
class KafkaSecurityTest {

    /** Kafka's ACL operations (those a Strimzi KafkaUser may name, All aside). */
    static final List<String> OPERATIONS = List.of("Read", "Write", "Create", "Delete", "Alter", "Describe",
            "ClusterAction", "AlterConfigs", "DescribeConfigs", "IdempotentWrite");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyListenerEncryptsAndWantsAScramLoginAndAclsDecide(String overlay) {
        JsonNode kafka = Manifests.of(overlay).ofKind("Kafka").get(0);
        JsonNode listeners = kafka.at("/spec/kafka/listeners");
        assertFalse(listeners.isEmpty(), "no listener");
        for (JsonNode l : listeners) {
            String name = l.path("name").asText();
            assertTrue(l.path("tls").asBoolean(false), "listener " + name + " without TLS");
            assertEquals("scram-sha-512", l.at("/authentication/type").asText(), "listener " + name + " without SCRAM logins");
        }
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText(), "ACLs decide what a principal may do");
        assertTrue(kafka.at("/spec/kafka/authorization/superUsers").isMissingNode(), "no service is a super user");
        assertTrue(kafka.at("/spec/entityOperator/userOperator").isObject(), "the User Operator turns KafkaUsers into credentials and ACLs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasExactlyOneKafkaUserOfItsOwn(String overlay) {
        Manifests m = Manifests.of(overlay);
        String cluster = Manifests.name(m.ofKind("Kafka").get(0));
        Set<String> services = new TreeSet<>(m.deployments().stream().map(Manifests::name).toList());
        Set<String> users = new TreeSet<>();
        for (JsonNode u : m.ofKind("KafkaUser")) {
            assertTrue(users.add(Manifests.name(u)), "twice " + Manifests.id(u));
            assertEquals(cluster, u.at("/metadata/labels/strimzi.io~1cluster").asText(), Manifests.id(u));
            assertEquals("scram-sha-512", u.at("/spec/authentication/type").asText(), Manifests.id(u));
            assertTrue(u.at("/spec/authentication/password").isMissingNode(), Manifests.id(u) + ": the User Operator generates the password");
            // the principal and the secret are both the resource's name
            assertTrue(u.at("/spec/userName").isMissingNode(), Manifests.id(u) + ": userName");
            assertEquals("simple", u.at("/spec/authorization/type").asText(), Manifests.id(u));
        }
        assertEquals(services, users, overlay + ": one KafkaUser per service, named like it");
        for (JsonNode d : m.deployments()) {
            assertEquals("secret:" + Manifests.name(d) + "/sasl.jaas.config",
                    ServiceConfig.of(Manifests.name(d)).effective("kafka.sasl.jaas.config", Environment.of(m, d)),
                    Manifests.id(d) + ": logs in with its own KafkaUser's secret");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theKafkaUsersUseOnlyFieldsAndValuesOfStrimzisV1Api(String overlay) {
        // CustomResourceSchemaTest checks the whole Strimzi 1.2.0 KafkaUser schema; this keeps the fields and values
        // the security review relies on explicit, so a schema refresh cannot widen them unnoticed
        List<String> wrong = new ArrayList<>();
        for (JsonNode u : Manifests.of(overlay).ofKind("KafkaUser")) {
            String id = Manifests.id(u);
            onlyFields(u.path("spec"), Set.of("authentication", "authorization", "quotas", "template", "userName"), id + " spec", wrong);
            onlyFields(u.at("/spec/authentication"), Set.of("type", "password"), id + " authentication", wrong);
            onlyFields(u.at("/spec/authorization"), Set.of("type", "acls"), id + " authorization", wrong);
            for (JsonNode acl : u.at("/spec/authorization/acls")) {
                onlyFields(acl, Set.of("resource", "operations", "host", "type"), id + " acl", wrong);
                onlyFields(acl.path("resource"), Set.of("type", "name", "patternType"), id + " acl resource", wrong);
                oneOf(acl.at("/resource/type"), Set.of("topic", "group", "cluster", "transactionalId"), id, wrong);
                oneOf(acl.at("/resource/patternType"), Set.of("literal", "prefix"), id, wrong);
                oneOf(acl.path("type"), Set.of("allow", "deny"), id, wrong);
                if (!acl.path("operations").isArray() || acl.path("operations").isEmpty()) {
                    wrong.add(id + ": acl without a list of operations: " + acl);
                }
                Set<String> operations = new TreeSet<>(OPERATIONS);
                operations.add("All");
                for (JsonNode op : acl.path("operations")) {
                    oneOf(op, operations, id, wrong);
                }
                if (!acl.at("/resource/type").asText().equals("cluster") && acl.at("/resource/name").asText().isEmpty()) {
                    wrong.add(id + ": a " + acl.at("/resource/type").asText() + " ACL without a name");
                }
                if (!acl.path("host").asText("*").equals("*")) {
                    wrong.add(id + ": host " + acl.path("host").asText() + " — pod addresses change; the login is the identity");
                }
            }
        }
        assertEquals(List.of(), wrong, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachUserMayDoExactlyWhatItsServiceIsConfiguredToDo(String overlay) {
        Manifests m = Manifests.of(overlay);
        Universe universe = Universe.of(m);
        for (JsonNode d : m.deployments()) {
            String service = Manifests.name(d);
            Set<String> expected = expectedPermissions(ServiceConfig.of(service), Environment.of(m, d));
            Acls acls = Acls.of(m.get("KafkaUser", service));
            assertEquals(expected, acls.permissions(universe), overlay + ": " + service + "'s ACLs (least privilege)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachOwnerWritesOnlyItsOwnTopicAndTheAggregationServiceWritesNoOwnersTopic(String overlay) {
        Manifests m = Manifests.of(overlay);
        Map<String, String> ownTopic = new TreeMap<>();
        for (JsonNode d : m.deployments()) {
            String topic = ServiceConfig.of(Manifests.name(d)).effective("openbudget.events.topic", Environment.of(m, d));
            if (topic != null) {
                ownTopic.put(Manifests.name(d), topic);
            }
        }
        assertEquals(Map.of("budget-service", "budget.events", "performance-service", "performance.events",
                "asset-service", "asset.events"), ownTopic, "the owners and their topics (docs/DESIGN.md §5)");
        for (JsonNode t : m.ofKind("KafkaTopic")) {
            String topic = KafkaTest.topicName(t);
            for (JsonNode d : m.deployments()) {
                String service = Manifests.name(d);
                Acls acls = Acls.of(m.get("KafkaUser", service));
                boolean mayWrite = acls.allows("topic", topic, "Write");
                if (ownTopic.containsKey(service)) {
                    assertEquals(topic.equals(ownTopic.get(service)), mayWrite, service + " Write " + topic);
                    // an owner reads a topic only where its configuration consumes it (the department → region feed)
                    assertEquals(expectedPermissions(ServiceConfig.of(service), Environment.of(m, d)).contains("topic:" + topic + ":Read"),
                            acls.allows("topic", topic, "Read"), service + " Read " + topic);
                } else {
                    assertEquals(topic.equals("aggregation.dlq"), mayWrite, service + " Write " + topic);
                    assertTrue(acls.allows("topic", topic, "Read"), service + " cannot read " + topic);
                }
                for (String op : List.of("Create", "Delete", "Alter", "AlterConfigs")) {
                    assertFalse(acls.allows("topic", topic, op), service + " " + op + " " + topic + ": topics are the Topic Operator's");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServicesLogInOverTheTlsListenerAndTrustTheClusterCa(String overlay) {
        Manifests m = Manifests.of(overlay);
        JsonNode kafka = m.ofKind("Kafka").get(0);
        String cluster = Manifests.name(kafka);
        JsonNode listener = null;
        for (JsonNode l : kafka.at("/spec/kafka/listeners")) {
            if (l.path("type").asText().equals("internal") && l.path("tls").asBoolean()
                    && l.at("/authentication/type").asText().equals("scram-sha-512")) {
                listener = l;
            }
        }
        assertNotNull(listener, "an internal TLS listener with SCRAM-SHA-512 logins");
        for (JsonNode d : m.deployments()) {
            String id = Manifests.id(d);
            ServiceConfig config = ServiceConfig.of(Manifests.name(d));
            Map<String, String> env = Environment.of(m, d);
            assertTrue(config.passesKafkaSettings, id + ": its Kafka clients would not see the security settings");
            assertEquals(cluster + "-kafka-bootstrap:" + listener.path("port").asInt(), config.effective("kafka.bootstrap.servers", env), id);
            assertEquals("SASL_SSL", config.effective("kafka.security.protocol", env), id);
            assertEquals("SCRAM-SHA-512", config.effective("kafka.sasl.mechanism", env), id);
            assertEquals("PEM", config.effective("kafka.ssl.truststore.type", env), id);
            String truststore = config.effective("kafka.ssl.truststore.location", env);
            assertNotNull(truststore, id + ": no truststore");
            assertEquals(cluster + "-cluster-ca-cert/ca.crt", mountedSecretFile(d, truststore), id + ": the truststore is the cluster CA");
        }
    }

    @Test
    void theAclEvaluatorKnowsPrefixesDenialsAndImpliedOperations() throws Exception {
        JsonNode user = new ObjectMapper(new YAMLFactory()).readTree("""
                spec:
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: a., patternType: prefix}
                        operations: [Write]
                      - resource: {type: topic, name: a.secret}
                        operations: [All]
                        type: deny
                      - resource: {type: group, name: g}
                        operations: [Read]
                      - resource: {type: cluster}
                        operations: [IdempotentWrite]
                """);
        Acls acls = Acls.of(user);
        assertTrue(acls.allows("topic", "a.events", "Write"));
        assertTrue(acls.allows("topic", "a.events", "Describe"), "Write implies Describe");
        assertFalse(acls.allows("topic", "a.events", "Read"));
        assertFalse(acls.allows("topic", "a.secret", "Write"), "a deny wins");
        assertFalse(acls.allows("topic", "b.events", "Write"));
        assertTrue(acls.allows("group", "g", "Describe"));
        assertFalse(acls.allows("group", "g2", "Read"), "literal is literal");
        assertTrue(acls.allows("cluster", "kafka-cluster", "IdempotentWrite"));
        assertFalse(acls.allows("cluster", "kafka-cluster", "Describe"));
        // the old, unauthenticated manifests had no KafkaUser at all: no permission
        assertEquals(Set.of(), Acls.of(new ObjectMapper().readTree("{}")).permissions(
                new Universe(Set.of("a.events"), Set.of("g"))));
    }

    /** What a service's configuration makes it do on Kafka, as "type:name:Operation" with the implied Describe. */
    static Set<String> expectedPermissions(ServiceConfig config, Map<String, String> env) {
        Set<String> produced = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> channels = new TreeSet<>();
        Pattern incoming = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.connector$");
        for (String key : config.properties.keySet()) {
            Matcher channel = incoming.matcher(key);
            if (channel.matches()) {
                channels.add(channel.group(1));
            }
            if (key.equals("openbudget.events.topic") || key.endsWith("dead-letter-queue.topic")
                    || (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic"))) {
                produced.add(config.effective(key, env));
            }
            if (key.equals("openbudget.rebuild.topics")) {
                for (String t : config.effective(key, env).split(",")) {
                    consumed.add(t.trim());
                }
            }
        }
        // the department→region feed of the common kit (security/regions), where the build switches it on
        if (config.keys.contains("openbudget.regions.group-id") && !"false".equals(config.effective("openbudget.regions.feed-enabled", env))) {
            consumed.add(config.effective("openbudget.regions.topic", env));
            groups.add(config.effective("openbudget.regions.group-id", env));
        }
        for (String channel : channels) {
            consumed.add(config.effective("mp.messaging.incoming." + channel + ".topic", env));
            String group = config.effective("mp.messaging.incoming." + channel + ".group.id", env);
            groups.add(group != null ? group : config.effective("mp.messaging.connector.smallrye-kafka.group.id", env));
        }
        Set<String> expected = new TreeSet<>();
        produced.forEach(t -> expected.addAll(List.of("topic:" + t + ":Write", "topic:" + t + ":Describe")));
        consumed.forEach(t -> expected.addAll(List.of("topic:" + t + ":Read", "topic:" + t + ":Describe")));
        groups.forEach(g -> expected.addAll(List.of("group:" + g + ":Read", "group:" + g + ":Describe")));
        if (!produced.isEmpty()) {
            // idempotent producers (the relay sets enable.idempotence; Kafka ≥ 3 producers default to it)
            expected.add("cluster:kafka-cluster:IdempotentWrite");
        }
        return expected;
    }

    /** The file of a Secret that a container path points into: "SECRET/KEY", checked to be mounted read-only. */
    static String mountedSecretFile(JsonNode deployment, String path) {
        JsonNode container = Manifests.container(deployment);
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText().replaceAll("/+$", "");
            if (!path.startsWith(dir + "/") || mount.has("subPath")) {
                continue;
            }
            String file = path.substring(dir.length() + 1);
            assertTrue(mount.path("readOnly").asBoolean(false), Manifests.id(deployment) + ": " + dir + " is not mounted read-only");
            for (JsonNode v : deployment.at("/spec/template/spec/volumes")) {
                if (!v.path("name").asText().equals(mount.path("name").asText())) {
                    continue;
                }
                JsonNode secret = v.path("secret");
                assertTrue(secret.isObject(), Manifests.id(deployment) + ": " + dir + " is no Secret volume");
                if (!secret.has("items")) {
                    return secret.path("secretName").asText() + "/" + file;
                }
                for (JsonNode item : secret.path("items")) {
                    if (item.path("path").asText().equals(file)) {
                        return secret.path("secretName").asText() + "/" + item.path("key").asText();
                    }
                }
                throw new AssertionError(Manifests.id(deployment) + ": no item of the Secret volume is " + path);
            }
        }
        throw new AssertionError(Manifests.id(deployment) + ": nothing is mounted at " + path);
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String where, List<String> wrong) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                wrong.add(where + ": unknown field " + f);
            }
        });
    }

    private static void oneOf(JsonNode value, Set<String> allowed, String where, List<String> wrong) {
        if (!value.isMissingNode() && !allowed.contains(value.asText())) {
            wrong.add(where + ": " + value.asText() + " is none of " + allowed);
        }
    }

    /** The resources permissions are evaluated on: every topic and consumer group in play, and some that are not. */
    record Universe(Set<String> topics, Set<String> groups) {

        static Universe of(Manifests m) {
            Set<String> topics = new TreeSet<>(m.ofKind("KafkaTopic").stream().map(KafkaTest::topicName).toList());
            topics.add("unrelated.topic");
            Set<String> groups = new TreeSet<>(Set.of("unrelated-group"));
            for (JsonNode d : m.deployments()) {
                String service = Manifests.name(d);
                groups.add(service);
                groups.addAll(expectedPermissions(ServiceConfig.of(service), Environment.of(m, d)).stream()
                        .filter(p -> p.startsWith("group:")).map(p -> p.split(":")[1]).toList());
            }
            return new Universe(topics, groups);
        }
    }

    /** Kafka's ACL semantics for one principal: a deny wins; Read, Write, Delete, Alter imply Describe; All is all. */
    record Acls(List<JsonNode> rules) {

        static Acls of(JsonNode kafkaUser) {
            List<JsonNode> rules = new ArrayList<>();
            kafkaUser.at("/spec/authorization/acls").forEach(rules::add);
            return new Acls(rules);
        }

        boolean allows(String type, String name, String operation) {
            boolean allowed = false;
            for (JsonNode rule : rules) {
                if (matches(rule.path("resource"), type, name) && grants(rule.path("operations"), operation)) {
                    if (rule.path("type").asText("allow").equals("deny")) {
                        return false;
                    }
                    allowed = true;
                }
            }
            return allowed;
        }

        Set<String> permissions(Universe universe) {
            Set<String> granted = new TreeSet<>();
            for (String op : OPERATIONS) {
                universe.topics().stream().filter(t -> allows("topic", t, op)).forEach(t -> granted.add("topic:" + t + ":" + op));
                universe.groups().stream().filter(g -> allows("group", g, op)).forEach(g -> granted.add("group:" + g + ":" + op));
                if (allows("cluster", "kafka-cluster", op)) {
                    granted.add("cluster:kafka-cluster:" + op);
                }
                if (allows("transactionalId", "any-transaction", op)) {
                    granted.add("transactionalId:any-transaction:" + op);
                }
            }
            return granted;
        }

        private static boolean matches(JsonNode resource, String type, String name) {
            if (!resource.path("type").asText().equals(type)) {
                return false;
            }
            if (type.equals("cluster")) {
                return true;
            }
            String pattern = resource.path("name").asText();
            return resource.path("patternType").asText("literal").equals("prefix") ? name.startsWith(pattern)
                    : pattern.equals("*") || pattern.equals(name);
        }

        private static boolean grants(JsonNode operations, String operation) {
            for (JsonNode op : operations) {
                String granted = op.asText();
                if (granted.equals(operation) || granted.equals("All")
                        || (operation.equals("Describe") && Set.of("Read", "Write", "Delete", "Alter").contains(granted))
                        || (operation.equals("DescribeConfigs") && granted.equals("AlterConfigs"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
