package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' resources hang together: node pools and topics name the Kafka cluster, each database
 * cluster bootstraps the database its owner connects to, and prod's backup and monitoring objects refer to
 * objects that exist. (The operators' schemas: CustomResourceSchemaTest; what production needs: ProductionCheck.)
 */
class CustomResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaResourcesBelongToTheOneCluster(String overlay) {
        Manifests m = Manifests.of(overlay);
        String cluster = Manifests.name(m.ofKind("Kafka").get(0));
        for (String kind : new String[] {"KafkaNodePool", "KafkaTopic", "KafkaUser"}) {
            for (JsonNode o : m.ofKind(kind)) {
                assertEquals(cluster, o.at("/metadata/labels/strimzi.io~1cluster").asText(), Manifests.id(o));
            }
        }
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            assertTrue(pool.at("/spec/replicas").asInt() >= 1, Manifests.id(pool));
            assertFalse(pool.at("/spec/storage/volumes").isEmpty(), Manifests.id(pool) + ": persistent storage");
            assertFalse(pool.at("/spec/storage/volumes/0/deleteClaim").asBoolean(true), Manifests.id(pool) + ": keep the data when the pool goes");
        }
        assertTrue(m.ofKind("Kafka").get(0).at("/spec/entityOperator/topicOperator").isObject(), "the Topic Operator applies the KafkaTopics");
        assertTrue(m.ofKind("Kafka").get(0).at("/spec/entityOperator/userOperator").isObject(), "the User Operator applies the KafkaUsers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void databaseClustersBootstrapOneDatabaseAndOwnerEach(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> databases = new TreeSet<>();
        for (JsonNode c : m.ofKind("Cluster")) {
            JsonNode initdb = c.at("/spec/bootstrap/initdb");
            assertFalse(initdb.path("database").asText().isEmpty(), Manifests.id(c));
            assertEquals(initdb.path("database").asText(), initdb.path("owner").asText(), Manifests.id(c) + ": one owner role per database");
            assertTrue(databases.add(initdb.path("database").asText()), Manifests.id(c));
            assertFalse(c.at("/spec/storage/size").asText().isEmpty(), Manifests.id(c));
            assertTrue(c.at("/spec/instances").asInt() >= 1, Manifests.id(c));
            // the owner label names a deployed service: NetworkPolicyTest and ConfigurationKeysTest rely on it
            m.get("Deployment", c.at("/metadata/labels/openbudget.org~1owner").asText());
        }
        assertEquals(Set.of("budget", "performance", "asset", "aggregation"), databases);
    }

    @Test
    void prodArchivesEveryClusterToTheObjectStoreItDeclares() {
        Manifests m = Manifests.of("prod");
        Set<String> stores = new TreeSet<>(m.ofKind("ObjectStore").stream().map(Manifests::name).toList());
        Set<String> scheduled = new TreeSet<>();
        for (JsonNode b : m.ofKind("ScheduledBackup")) {
            scheduled.add(b.at("/spec/cluster/name").asText());
            assertEquals("plugin", b.at("/spec/method").asText(), Manifests.id(b));
            assertEquals(6, b.at("/spec/schedule").asText().trim().split("\\s+").length, Manifests.id(b) + ": six-field cron");
        }
        for (JsonNode c : m.ofKind("Cluster")) {
            JsonNode plugin = c.at("/spec/plugins/0");
            assertTrue(plugin.path("isWALArchiver").asBoolean(), Manifests.id(c) + ": WAL archiving");
            assertTrue(stores.contains(plugin.at("/parameters/barmanObjectName").asText()), Manifests.id(c) + ": object store");
            assertEquals(plugin.path("name").asText(), m.ofKind("ScheduledBackup").get(0).at("/spec/pluginConfiguration/name").asText());
        }
        assertEquals(new TreeSet<>(m.ofKind("Cluster").stream().map(Manifests::name).toList()), scheduled, "a daily backup per cluster");
        // issue #17: the component was a stub with REPLACE-ME; prod now takes the bucket from backup-target.env
        String store = m.ofKind("ObjectStore").get(0).toString();
        assertFalse(store.contains("REPLACE-ME") || store.contains("example.org"), "a placeholder in the prod object store: " + store);
        assertTrue(Manifests.of("dev").ofKind("ObjectStore").isEmpty(), "dev has no backups (nothing to keep)");
    }

    @Test
    void prodScrapesTheFourServicesTheirDatabasesAndKafka() {
        Manifests m = Manifests.of("prod");
        JsonNode monitor = m.get("PodMonitor", "openbudget-services");
        JsonNode expression = monitor.at("/spec/selector/matchExpressions/0");
        assertEquals("In", expression.path("operator").asText());
        Set<String> scraped = new TreeSet<>();
        for (JsonNode d : m.deployments()) {
            String value = Manifests.podLabels(d).get(expression.path("key").asText());
            if (expression.path("values").toString().contains("\"" + value + "\"")) {
                scraped.add(Manifests.name(d));
                assertTrue(Manifests.container(d).path("ports").toString()
                        .contains("\"name\":\"" + monitor.at("/spec/podMetricsEndpoints/0/port").asText() + "\""));
            }
        }
        assertEquals(new TreeSet<>(m.deployments().stream().map(Manifests::name).toList()), scraped);
        assertEquals("/q/metrics", monitor.at("/spec/podMetricsEndpoints/0/path").asText());
        String exporter = m.get("PodMonitor", "openbudget-kafka-exporter").at("/spec/selector/matchLabels/strimzi.io~1name").asText();
        assertEquals(Manifests.name(m.ofKind("Kafka").get(0)) + "-kafka-exporter", exporter);
        assertTrue(m.ofKind("Kafka").get(0).at("/spec/kafkaExporter").isObject(), "the exporter the PodMonitor scrapes is deployed");
        JsonNode metrics = m.ofKind("Kafka").get(0).at("/spec/kafka/metricsConfig/valueFrom/configMapKeyRef");
        assertTrue(m.get("ConfigMap", metrics.path("name").asText()).at("/data").has(metrics.path("key").asText()),
                "the JMX exporter rules the Kafka resource names exist");
    }
}
