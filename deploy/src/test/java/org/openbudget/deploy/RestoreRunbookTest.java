package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The restore runbook in deploy/k8s/README.md (Backups → Restore) is a Cluster CloudNativePG accepts: its YAML,
 * laid over prod's rendered Cluster as the runbook says, passes the vendored schema, recovers from the object
 * store prod archives to, under the old cluster's server name, and archives its own WAL under a new one.
 */
class RestoreRunbookTest {

    @Test
    void theRunbooksRecoveringClusterIsValidAndReadsWhatProdWrites() throws Exception {
        String readme = Files.readString(Repo.k8s().resolve("README.md"));
        int section = readme.indexOf("### Restore (runbook)");
        assertTrue(section > 0, "README: ### Restore (runbook)");
        int start = readme.indexOf("```yaml\n", section);
        int end = readme.indexOf("```", start + 8);
        String yaml = readme.substring(start + 8, end).lines().map(l -> l.length() >= 3 ? l.substring(3) : l.strip())
                .reduce("", (a, b) -> a + b + "\n");
        JsonNode runbook = new ObjectMapper(new YAMLFactory()).readTree(yaml);

        Manifests prod = Manifests.of("prod");
        String name = Manifests.name(runbook);
        ObjectNode cluster = prod.get("Cluster", name).deepCopy();
        ObjectNode spec = (ObjectNode) cluster.path("spec");
        runbook.path("spec").fields().forEachRemaining(f -> spec.set(f.getKey(), f.getValue()));
        assertEquals(List.of(), OperatorSchemas.violations(cluster), "the runbook's Cluster");

        JsonNode recovery = spec.at("/bootstrap/recovery");
        assertEquals(1, spec.path("bootstrap").size(), "recovery replaces initdb");
        JsonNode origin = null;
        for (JsonNode external : spec.path("externalClusters")) {
            if (external.path("name").asText().equals(recovery.path("source").asText())) {
                origin = external;
            }
        }
        assertTrue(origin != null, "bootstrap.recovery.source names an external cluster");
        JsonNode prodArchiver = prod.get("Cluster", name).at("/spec/plugins/0");
        assertEquals(prodArchiver.path("name").asText(), origin.at("/plugin/name").asText(), "recovers through the archiving plugin");
        assertEquals(prodArchiver.at("/parameters/barmanObjectName").asText(), origin.at("/plugin/parameters/barmanObjectName").asText());
        assertEquals(name, origin.at("/plugin/parameters/serverName").asText(), "reads the old cluster's backups");
        JsonNode archiver = spec.at("/plugins/0");
        assertTrue(archiver.path("isWALArchiver").asBoolean());
        assertNotEquals(name, archiver.at("/parameters/serverName").asText("(default: the cluster name)"),
                "the restored cluster archives under a new server name");
        assertEquals(prod.get("Cluster", name).at("/spec/bootstrap/initdb/database").asText(), recovery.path("database").asText());
        assertEquals(prod.get("Cluster", name).at("/spec/bootstrap/initdb/owner").asText(), recovery.path("owner").asText());
    }
}
