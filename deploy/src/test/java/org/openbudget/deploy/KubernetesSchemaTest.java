package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core kinds are valid Kubernetes objects: they deserialize into the fabric8 Kubernetes model (the
 * API's own schema, generated from its OpenAPI) without a single field the model does not know and
 * without scalar coercion ("8081" where a number belongs). fabric8 keeps unknown fields in each object's
 * additionalProperties instead of failing, so every object of the tree is walked for them.
 */
class KubernetesSchemaTest {

    static final Map<String, Class<?>> MODEL = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper STRICT = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void coreKindsMatchTheKubernetesModelExactly(String overlay) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode o : Manifests.of(overlay).objects) {
            Class<?> type = MODEL.get(o.path("apiVersion").asText() + "/" + o.path("kind").asText());
            if (type != null) {
                problems.addAll(violations(o, type));
                checked++;
            }
        }
        assertTrue(checked >= 25, overlay + ": only " + checked + " core objects checked");
        assertEquals(List.of(), problems, overlay);
    }

    @Test
    void aMisspeltFieldOrAQuotedNumberIsCaught() throws Exception {
        JsonNode deployment = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          livenesProbe: {httpGet: {path: /q/health/live, port: http}}
                          securityContext: {readOnlyRootFileSystem: true}
                """);
        List<String> found = violations(deployment, Deployment.class);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("livenesProbe") || found.get(1).contains("livenesProbe"), found.toString());
        assertTrue(String.join(" ", found).contains("readOnlyRootFileSystem"), found.toString());

        JsonNode service = new ObjectMapper().readTree("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"x"},
                 "spec":{"ports":[{"name":"http","port":"8081"}]}}""");
        assertEquals(1, violations(service, Service.class).size());
    }

    static List<String> violations(JsonNode object, Class<?> type) {
        String id = Manifests.id(object);
        Object model;
        try {
            model = STRICT.treeToValue(object, type);
        } catch (Exception e) {
            return List.of(id + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> unknown = new ArrayList<>();
        walk(model, id, unknown);
        return unknown;
    }

    /** Collects every non-empty additionalProperties in the model tree, with its path. */
    private static void walk(Object node, String path, List<String> unknown) {
        if (node == null) {
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !(name.startsWith("get") || name.startsWith("is")) || name.equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else if (value != node) {
                walk(value, path + "." + property(name), unknown);
            }
        }
    }

    private static String property(String getter) {
        String bare = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
        return bare.isEmpty() ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
