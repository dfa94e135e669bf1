package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Services select the Deployments' pods; Ingresses route each path to the service that serves it. */
class RoutingTest {

    private static final Pattern RESOURCE_PATH = Pattern.compile("@Path\\(\"(/api/[^\"]*)\"\\)");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceSelectsTheHttpPortOfExactlyOneDeployment(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> served = new TreeSet<>();
        for (JsonNode s : m.ofKind("Service")) {
            Map<String, String> selector = Manifests.labels(s.at("/spec/selector"));
            List<JsonNode> selected = m.deployments().stream()
                    .filter(d -> Manifests.selects(selector, Manifests.podLabels(d))).toList();
            assertEquals(1, selected.size(), Manifests.id(s) + " selects " + selected.size() + " Deployments");
            JsonNode d = selected.get(0);
            // the Deployment's own selector must also match its template, or the pods would not be its own
            assertTrue(Manifests.selects(Manifests.labels(d.at("/spec/selector/matchLabels")), Manifests.podLabels(d)), Manifests.id(d));
            served.add(Manifests.name(d));
            for (JsonNode port : s.at("/spec/ports")) {
                JsonNode target = port.path("targetPort");
                boolean found = false;
                for (JsonNode p : Manifests.container(d).path("ports")) {
                    found |= target.isInt() ? p.path("containerPort").asInt() == target.asInt()
                            : p.path("name").asText().equals(target.asText());
                }
                assertTrue(found, Manifests.id(s) + ": targetPort " + target + " is no port of " + Manifests.id(d));
            }
        }
        assertEquals(Set.copyOf(m.deployments().stream().map(Manifests::name).toList()), served, overlay + ": every Deployment has a Service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressPathsReachTheServiceThatServesThem(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<String> wrong = new ArrayList<>();
        for (JsonNode ingress : m.ofKind("Ingress")) {
            List<String[]> routes = new ArrayList<>();
            for (JsonNode rule : ingress.at("/spec/rules")) {
                for (JsonNode p : rule.at("/http/paths")) {
                    routes.add(new String[] {p.path("path").asText(), p.at("/backend/service/name").asText(), p.at("/backend/service/port/name").asText()});
                }
            }
            Set<String> backends = new TreeSet<>();
            routes.forEach(r -> backends.add(r[1]));
            for (String[] r : routes) {
                String path = r[0];
                JsonNode service = m.find("Service", r[1]).orElse(null);
                if (service == null) {
                    wrong.add(Manifests.id(ingress) + " " + path + " → no Service " + r[1]);
                    continue;
                }
                if (!service.at("/spec/ports").toString().contains("\"name\":\"" + r[2] + "\"")) {
                    wrong.add(Manifests.id(ingress) + " " + path + " → " + r[1] + " has no port " + r[2]);
                }
                if (path.startsWith("/q") || path.startsWith("/api/v1/admin")) {
                    wrong.add(Manifests.id(ingress) + " exposes " + path);
                }
                if (resourcePaths(r[1]).stream().noneMatch(p -> under(p, path))) {
                    wrong.add(Manifests.id(ingress) + " " + path + " → " + r[1] + ", which serves nothing there");
                }
                for (String other : backends) {
                    if (!other.equals(r[1]) && resourcePaths(other).stream().anyMatch(p -> under(p, path))) {
                        wrong.add(Manifests.id(ingress) + " " + path + " → " + r[1] + " shadows " + other + "'s resources on the same host");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePublicIngressServesOnlyTheReadModelAndTheStaffIngressIsIntranetOnly(String overlay) {
        Manifests m = Manifests.of(overlay);
        JsonNode pub = m.get("Ingress", "public");
        assertFalse(pub.at("/spec/rules").toString().replace("\"name\":\"aggregation-service\"", "").contains("-service\""),
                "the public Ingress routes to the aggregation service only");
        JsonNode staff = m.get("Ingress", "staff");
        assertEquals("intranet", staff.at("/spec/ingressClassName").asText(), "unauthenticated writes stay off the public controller");
        assertFalse(staff.at("/spec/rules").toString().contains("aggregation-service"));
        if (overlay.equals("prod")) {
            assertTrue(pub.at("/spec/tls").size() > 0 && staff.at("/spec/tls").size() > 0, "prod serves HTTPS");
        }
    }

    /** A request path under the Ingress prefix reaches the resource (prefix match on whole segments). */
    private static boolean under(String resourcePath, String prefix) {
        return resourcePath.equals(prefix) || resourcePath.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /** The class-level JAX-RS paths a service (with the common kit) serves. */
    static Set<String> resourcePaths(String service) {
        Set<String> paths = new TreeSet<>();
        for (Path dir : new Path[] {Repo.module(service).resolve("src/main/java"), Repo.root().resolve("common/src/main/java")}) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = RESOURCE_PATH.matcher(Files.readString(f));
                    while (matcher.find()) {
                        paths.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }
}
