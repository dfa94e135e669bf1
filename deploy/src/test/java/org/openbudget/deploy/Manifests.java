package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The objects one overlay renders to, parsed once per test run. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<JsonNode> objects;

    private Manifests(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = List.copyOf(objects);
    }

    static Manifests of(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> parse(o, Kustomize.render(Repo.overlay(o))));
    }

    /** The same overlay with other objects: a deliberately broken copy, for the checks' own tests. */
    Manifests with(List<JsonNode> changed) {
        return new Manifests(overlay, changed);
    }

    /** Deep copies of the objects, to break one on purpose without touching the cached rendering. */
    List<JsonNode> copies() {
        return objects.stream().map(o -> (JsonNode) o.deepCopy()).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    static Manifests parse(String overlay, String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && node.isObject() && !node.isEmpty()) {
                    objects.add(node);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("the rendering of " + overlay + " is not YAML: " + e.getMessage(), e);
        }
        return new Manifests(overlay, objects);
    }

    /** The namespace every namespaced object of the overlay lives in. */
    String namespace() {
        return "dev".equals(overlay) ? "openbudget-dev" : "openbudget";
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " named " + name));
    }

    List<JsonNode> deployments() {
        return ofKind("Deployment");
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }

    /** The single application container of a Deployment. */
    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        if (containers.size() != 1) {
            throw new AssertionError(id(deployment) + " should run exactly one container, has " + containers.size());
        }
        return containers.get(0);
    }

    static Map<String, String> labels(JsonNode labelsNode) {
        Map<String, String> labels = new java.util.TreeMap<>();
        labelsNode.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static Map<String, String> podLabels(JsonNode deployment) {
        return labels(deployment.at("/spec/template/metadata/labels"));
    }

    /** True when every label of the selector is on the object (only matchLabels-style maps are used here). */
    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }
}
