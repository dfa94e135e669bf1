package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rendered custom resource is valid against the schema of the operator version the README names
 * (OperatorSchemas: Strimzi 1.2.0's CRDs, CloudNativePG's and prometheus-operator's API types, the Barman Cloud
 * plugin's ObjectStore) — no unknown field, no wrong type, no value outside an enum, nothing required missing.
 * The core kinds are checked against the Kubernetes model by KubernetesSchemaTest.
 */
class CustomResourceSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyCustomResourceMatchesItsOperatorsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode o : Manifests.of(overlay).objects) {
            if (OperatorSchemas.isCustomResource(o)) {
                problems.addAll(OperatorSchemas.violations(o));
                checked++;
            }
        }
        assertTrue(checked >= (overlay.equals("prod") ? 20 : 13), overlay + ": only " + checked + " custom resources checked");
        assertEquals(List.of(), problems, overlay);
    }

    @Test
    void aMisspeltFieldAWrongTypeAndAnUnknownValueAreCaught() {
        Manifests prod = Manifests.of("prod");
        ObjectNode kafka = prod.get("Kafka", "openbudget").deepCopy();
        ((ObjectNode) kafka.at("/spec/kafka")).set("listners", kafka.at("/spec/kafka/listeners"));
        assertCaught(kafka, "listners");

        ObjectNode pool = prod.get("KafkaNodePool", "dual-role").deepCopy();
        ((ObjectNode) pool.path("spec")).put("replicas", "three");
        assertCaught(pool, "replicas");

        ObjectNode cluster = prod.get("Cluster", "budget-db").deepCopy();
        ((ObjectNode) cluster.at("/spec/storage")).put("sise", "20Gi");
        assertCaught(cluster, "sise");
        ObjectNode strategy = prod.get("Cluster", "budget-db").deepCopy();
        ((ObjectNode) strategy.path("spec")).put("primaryUpdateStrategy", "whenever");
        assertCaught(strategy, "primaryUpdateStrategy");

        ObjectNode backup = prod.get("ScheduledBackup", "budget-db-nightly").deepCopy();
        ((ObjectNode) backup.path("spec")).remove("cluster");
        assertCaught(backup, "cluster");

        ObjectNode store = prod.get("ObjectStore", "openbudget-backups").deepCopy();
        ((ObjectNode) store.path("spec")).put("retentionPolicy", "30 days");
        assertCaught(store, "retentionPolicy");
        ObjectNode credentials = prod.get("ObjectStore", "openbudget-backups").deepCopy();
        ((ObjectNode) credentials.at("/spec/configuration/s3Credentials")).put("accessKey", "x");
        assertCaught(credentials, "accessKey");
        ObjectNode serverName = prod.get("ObjectStore", "openbudget-backups").deepCopy();
        ((ObjectNode) serverName.at("/spec/configuration")).put("serverName", "budget-db");
        assertTrue(!OperatorSchemas.violations(serverName).isEmpty(), "serverName belongs to the Cluster's plugin parameters");

        ObjectNode monitor = prod.get("PodMonitor", "openbudget-services").deepCopy();
        ((ObjectNode) monitor.path("spec")).set("endpoints", monitor.at("/spec/podMetricsEndpoints"));
        assertCaught(monitor, "endpoints");

        ObjectNode topic = prod.ofKind("KafkaTopic").get(0).deepCopy();
        ((ObjectNode) topic.path("spec")).put("partitions", 0);
        assertCaught(topic, "partitions");

        ObjectNode user = prod.ofKind("KafkaUser").get(0).deepCopy();
        ((ObjectNode) user.at("/spec/authentication")).put("type", "plain");
        assertCaught(user, "type");

        ObjectNode rule = prod.get("PrometheusRule", "openbudget").deepCopy();
        ((ObjectNode) rule.at("/spec/groups/0/rules/0")).put("expression", "up == 0");
        assertCaught(rule, "expression");
    }

    @Test
    void aKindWithoutAVendoredSchemaIsAProblemNotAPass() {
        ObjectNode unknown = Manifests.of("prod").get("Kafka", "openbudget").deepCopy();
        unknown.put("apiVersion", "kafka.strimzi.io/v1beta2");
        assertTrue(String.join("\n", OperatorSchemas.violations(unknown)).contains("no vendored schema"));
    }

    private static void assertCaught(JsonNode broken, String field) {
        List<String> found = OperatorSchemas.violations(broken);
        assertTrue(found.stream().anyMatch(m -> m.contains(field)), Manifests.id(broken) + ": " + field + " not caught: " + found);
    }
}
