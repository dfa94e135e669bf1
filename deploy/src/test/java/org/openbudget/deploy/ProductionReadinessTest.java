package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * overlays/prod passes the production check (ProductionCheck: backups, monitoring and alerts, images by digest,
 * zones then hosts, disruption budgets, graceful shutdown), and each deliberate breakage of a copy of its
 * rendering is caught by the check that guards it (issue #17's acceptance: "five deliberate breakages are each
 * caught"; the schema breakages are CustomResourceSchemaTest's).
 */
class ProductionReadinessTest {

    @Test
    void prodPassesTheProductionCheck() {
        assertEquals(List.of(), new ProductionCheck(Manifests.of("prod")).all());
    }

    @Test
    void devIsNotProduction() {
        // the check can fail: dev has no backups, no monitoring, tags instead of digests, one of everything
        ProductionCheck dev = new ProductionCheck(Manifests.of("dev"));
        assertFalse(dev.backups().isEmpty());
        assertFalse(dev.monitoring().isEmpty());
        assertFalse(dev.pinnedImages().isEmpty());
    }

    @Test
    void breakage1_aClusterWithoutItsWalArchiverIsCaught() {
        List<String> problems = broken(o -> is(o, "Cluster", "budget-db"), o -> ((ObjectNode) o.path("spec")).remove("plugins"),
                ProductionCheck::backups);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Cluster/budget-db: no WAL archiver")), problems.toString());
    }

    @Test
    void breakage2_aDatabaseNobodyScrapesIsCaught() {
        List<String> problems = broken(o -> is(o, "PodMonitor", "openbudget-databases"),
                o -> ((ArrayNode) o.at("/spec/selector/matchExpressions/0/values")).remove(0), ProductionCheck::monitoring);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Cluster/budget-db: no PodMonitor")), problems.toString());
    }

    @Test
    void breakage3_aServiceImageByTagIsCaught() {
        List<String> problems = broken(o -> is(o, "Deployment", "asset-service"),
                o -> ((ObjectNode) o.at("/spec/template/spec/containers/0")).put("image", "registry.example.org/openbudget/asset-service:0.1.0"),
                ProductionCheck::pinnedImages);
        assertEquals(List.of("Deployment/asset-service: image registry.example.org/openbudget/asset-service:0.1.0 is not pinned by digest"), problems);
    }

    @Test
    void breakage4_aServiceNotSpreadOverZonesIsCaught() {
        List<String> problems = broken(o -> is(o, "Deployment", "aggregation-service"),
                o -> ((ArrayNode) o.at("/spec/template/spec/topologySpreadConstraints")).remove(0), ProductionCheck::spread);
        assertEquals(List.of("Deployment/aggregation-service: pods not spread over zones"), problems);
    }

    @Test
    void breakage5_aServiceWithoutADisruptionBudgetIsCaught() {
        Manifests prod = Manifests.of("prod");
        List<JsonNode> objects = prod.copies();
        objects.removeIf(o -> is(o, "PodDisruptionBudget", "budget-service"));
        assertEquals(List.of("Deployment/budget-service: 0 PodDisruptionBudgets (want one)"),
                new ProductionCheck(prod.with(objects)).disruptionBudgets());
    }

    @Test
    void moreBreakagesAreCaught() {
        assertTrue(broken(o -> is(o, "Kafka", "openbudget"), o -> ((ObjectNode) o.at("/spec/kafka")).remove("rack"),
                ProductionCheck::spread).contains("Kafka/openbudget: no rack awareness over topology.kubernetes.io/zone"));
        assertTrue(broken(o -> is(o, "Cluster", "asset-db"), o -> ((ObjectNode) o.at("/spec/resources/limits")).put("cpu", "1"),
                ProductionCheck::spread).stream().anyMatch(p -> p.contains("Guaranteed")));
        assertTrue(broken(o -> is(o, "PrometheusRule", "openbudget"), o -> ((ObjectNode) o).remove("spec"),
                ProductionCheck::monitoring).contains("no alert on readiness flapping (kube_pod_status_ready)"));
        assertTrue(broken(o -> is(o, "ObjectStore", "openbudget-backups"),
                o -> ((ObjectNode) o.at("/spec/configuration")).put("destinationPath", "s3://REPLACE-ME-bucket/openbudget"),
                ProductionCheck::backups).contains("ObjectStore/openbudget-backups: a placeholder in the object store's configuration"));
        assertTrue(broken(o -> is(o, "ScheduledBackup", "asset-db-nightly"), o -> ((ObjectNode) o.path("spec")).put("schedule", "0 0 1 * * 0"),
                ProductionCheck::backups).contains("Cluster/asset-db: no daily ScheduledBackup through barman-cloud.cloudnative-pg.io"));
        assertTrue(broken(o -> is(o, "Deployment", "budget-service"),
                o -> ((ObjectNode) o.at("/spec/template/spec/containers/0")).remove("lifecycle"),
                ProductionCheck::gracefulShutdown).stream().anyMatch(p -> p.contains("no preStop delay")));
        assertTrue(broken(o -> is(o, "PodMonitor", "openbudget-kafka"), o -> ((ObjectNode) o.at("/spec/selector")).remove("matchExpressions"),
                ProductionCheck::monitoring).stream().anyMatch(p -> p.contains("scraped by 2 PodMonitors")));
        assertTrue(broken(o -> is(o, "PodMonitor", "openbudget-kafka"), o -> ((ObjectNode) o.at("/metadata/labels")).remove("release"),
                ProductionCheck::monitoring).stream().anyMatch(p -> p.contains("PodMonitor/openbudget-kafka: no release label")));
    }

    /**
     * The all-zero digests in overlays/prod are the release step's placeholders (deploy/k8s/release writes the
     * real ones). A normal build accepts exactly those; the release build ({@code -Ddeploy.release=true}, run
     * last before applying) refuses them, as it refuses the OIDC issuer placeholder (OidcTest).
     */
    @Test
    void placeholderDigestsAreOnlyEverTheReleaseStepsAndTheReleaseBuildRefusesThem() {
        ProductionCheck prod = new ProductionCheck(Manifests.of("prod"));
        List<String> placeholders = prod.placeholderImages();
        if (Boolean.getBoolean("deploy.release")) {
            assertEquals(List.of(), placeholders, "images still carrying the release step's placeholder digest: run deploy/k8s/release");
        }
        for (JsonNode d : Manifests.of("prod").deployments()) {
            String image = Manifests.container(d).path("image").asText();
            assertTrue(image.contains("@sha256:"), Manifests.id(d) + ": " + image);
        }
    }

    private static boolean is(JsonNode o, String kind, String name) {
        return kind.equals(o.path("kind").asText()) && name.equals(Manifests.name(o));
    }

    /** Breaks the matching object(s) of a copy of prod's rendering and runs one check on it. */
    private static List<String> broken(java.util.function.Predicate<JsonNode> which, Consumer<JsonNode> breakIt,
                                       Function<ProductionCheck, List<String>> check) {
        Manifests prod = Manifests.of("prod");
        List<JsonNode> objects = prod.copies();
        long hit = objects.stream().filter(which).peek(breakIt).count();
        assertEquals(1, hit, "the object to break");
        assertEquals(List.of(), check.apply(new ProductionCheck(prod)), "prod itself passes this check");
        return check.apply(new ProductionCheck(prod.with(objects)));
    }
}
