package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Probes, resources, a non-root read-only container, and an image that a Containerfile here builds. */
class DeploymentTest {

    /** Measured resident memory of each service after start (LOCAL-STACK.md): the floor of a memory request. */
    static final BigDecimal MEASURED_RSS = Quantity.getAmountInBytes(new Quantity("260Mi"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesUseQuarkusHealthOnTheHttpPort(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (JsonNode d : m.deployments()) {
            JsonNode c = Manifests.container(d);
            int port = ServiceConfig.of(Manifests.name(d)).httpPort(Environment.of(m, d));
            JsonNode http = portNamed(c, "http", d);
            assertEquals(port, http.path("containerPort").asInt(), Manifests.id(d) + ": containerPort = quarkus.http.port");
            Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready");
            paths.forEach((probe, path) -> {
                JsonNode get = c.path(probe).path("httpGet");
                assertTrue(get.isObject(), Manifests.id(d) + " has no HTTP " + probe);
                assertEquals(path, get.path("path").asText(), Manifests.id(d) + " " + probe);
                JsonNode probePort = get.path("port");
                assertEquals(port, probePort.isInt() ? probePort.asInt() : portNamed(c, probePort.asText(), d).path("containerPort").asInt(),
                        Manifests.id(d) + " " + probe + " port");
            });
            // the startup probe, not the liveness probe, waits for Flyway: give it at least a minute
            JsonNode startup = c.path("startupProbe");
            assertTrue(startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3) >= 60,
                    Manifests.id(d) + ": the startup probe gives up before a minute");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void requestsAndLimitsCoverTheMeasuredFootprint(String overlay) {
        for (JsonNode d : Manifests.of(overlay).deployments()) {
            JsonNode r = Manifests.container(d).path("resources");
            for (String part : new String[] {"requests", "limits"}) {
                for (String resource : new String[] {"cpu", "memory"}) {
                    assertFalse(r.path(part).path(resource).asText().isEmpty(), Manifests.id(d) + " has no " + part + "." + resource);
                }
            }
            BigDecimal request = bytes(r.at("/requests/memory"));
            BigDecimal limit = bytes(r.at("/limits/memory"));
            assertTrue(request.compareTo(MEASURED_RSS) >= 0, Manifests.id(d) + ": memory request below the measured 260 MB RSS");
            assertTrue(limit.compareTo(request) >= 0, Manifests.id(d) + ": memory limit below the request");
            assertTrue(bytes(r.at("/limits/cpu")).compareTo(bytes(r.at("/requests/cpu"))) >= 0, Manifests.id(d) + ": cpu limit below the request");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containersRunAsTheImagesNonRootUserOnAReadOnlyRoot(String overlay) throws IOException {
        for (JsonNode d : Manifests.of(overlay).deployments()) {
            String id = Manifests.id(d);
            JsonNode pod = d.at("/spec/template/spec");
            JsonNode c = Manifests.container(d);
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), id + ": pod runAsNonRoot");
            assertTrue(c.at("/securityContext/runAsNonRoot").asBoolean(pod.at("/securityContext/runAsNonRoot").asBoolean()), id);
            assertTrue(c.at("/securityContext/readOnlyRootFilesystem").asBoolean(), id + ": readOnlyRootFilesystem");
            assertFalse(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), id + ": allowPrivilegeEscalation");
            assertTrue(c.at("/securityContext/capabilities/drop").toString().contains("\"ALL\""), id + ": capabilities not dropped");
            assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), id);
            assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), id + ": mounts an API token it never uses");

            int uid = pod.at("/securityContext/runAsUser").asInt(-1);
            assertTrue(uid > 0, id + ": runAsUser must be a numeric non-root uid");
            String containerfile = Files.readString(Repo.containerfile(Manifests.name(d)));
            Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::(\\d+))?\\s*$").matcher(containerfile);
            assertTrue(user.find(), Manifests.name(d) + "'s Containerfile has no numeric USER");
            assertEquals(uid, Integer.parseInt(user.group(1)), id + ": runAsUser differs from the image's USER");

            // a read-only root needs one writable java.io.tmpdir: /tmp from an emptyDir, as the image says
            assertTrue(containerfile.contains("-Djava.io.tmpdir=/tmp"), Manifests.name(d) + ": image's tmpdir");
            JsonNode tmp = null;
            for (JsonNode mount : c.path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals("/tmp")) {
                    tmp = mount;
                }
            }
            assertTrue(tmp != null, id + ": nothing writable mounted at /tmp");
            String volume = tmp.path("name").asText();
            boolean emptyDir = false;
            for (JsonNode v : pod.path("volumes")) {
                emptyDir |= v.path("name").asText().equals(volume) && v.path("emptyDir").isObject();
            }
            assertTrue(emptyDir, id + ": /tmp is not an emptyDir");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesAreBuiltByAContainerfileHereAndCarryAVersion(String overlay) throws IOException {
        Manifests m = Manifests.of(overlay);
        for (JsonNode d : m.deployments()) {
            String service = Manifests.name(d);
            String image = Manifests.container(d).path("image").asText();
            Matcher ref = Pattern.compile("^[a-z0-9.-]+(?::\\d+)?/(?:[a-z0-9-]+/)*([a-z0-9-]+):([A-Za-z0-9._-]+)(@sha256:[0-9a-f]{64})?$").matcher(image);
            assertTrue(ref.matches(), Manifests.id(d) + ": image reference " + image);
            assertEquals(service, ref.group(1), Manifests.id(d) + ": the image is named after the service");
            assertFalse(ref.group(2).equals("latest"), Manifests.id(d) + ": a moving tag");
            if (overlay.equals("prod")) {
                assertFalse(ref.group(2).endsWith("SNAPSHOT"), Manifests.id(d) + ": prod deploys a release tag");
                assertTrue(ref.group(3) != null, Manifests.id(d) + ": prod pins the image by digest (issue #17)");
            }
            String containerfile = Files.readString(Repo.containerfile(service));
            int port = ServiceConfig.of(service).httpPort(Environment.of(m, d));
            assertTrue(containerfile.contains("\nEXPOSE " + port + "\n"), service + "'s Containerfile should EXPOSE " + port);
            assertTrue(containerfile.contains("target/quarkus-app/"), service + ": the Containerfile copies the fast-jar");
            assertTrue(containerfile.contains("/deployments/quarkus-run.jar"), service + ": the Containerfile runs the fast-jar");
        }
    }

    @org.junit.jupiter.api.Test
    void theDocumentServiceImageHasTheFontsItsConfigurationNames() throws IOException {
        // Debian's packages put them exactly at the configured paths (deploy/local installs the same ones)
        Map<String, String> packageOf = Map.of(
                "/usr/share/fonts/truetype/droid/", "fonts-droid-fallback",
                "/usr/share/fonts/truetype/dejavu/", "fonts-dejavu-core");
        ServiceConfig config = ServiceConfig.of("aggregation-service");
        String containerfile = Files.readString(Repo.containerfile("aggregation-service"));
        int fonts = 0;
        for (Map.Entry<String, String> p : config.properties.entrySet()) {
            if (p.getKey().startsWith("openbudget.documents.pdf.") && p.getValue().endsWith(".ttf")) {
                fonts++;
                String pkg = packageOf.entrySet().stream().filter(e -> p.getValue().startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst()
                        .orElseGet(() -> fail("no known Debian package for " + p.getKey() + "=" + p.getValue()));
                assertTrue(containerfile.contains(" " + pkg), "the aggregation image should install " + pkg + " for " + p.getKey());
            }
        }
        assertEquals(2, fonts, "the CJK and the Latin PDF font");
    }

    private static JsonNode portNamed(JsonNode container, String name, JsonNode deployment) {
        for (JsonNode p : container.path("ports")) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        throw new AssertionError(Manifests.id(deployment) + " has no container port named " + name);
    }

    static BigDecimal bytes(JsonNode quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity.asText()));
    }
}
