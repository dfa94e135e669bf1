package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of the operators' custom resources, vendored under src/test/resources/crds (README.md there says
 * where each comes from and which operator version): Strimzi's CRDs as its own generator writes them, JSON Schemas
 * of CloudNativePG's and prometheus-operator's API types, the Barman Cloud plugin's ObjectStore.
 *
 * <p>Unknown fields are errors, as they are for {@code kubectl apply} (strict field validation, the default since
 * kubectl 1.27): a CRD's structural schema turns into a JSON Schema with {@code additionalProperties: false} on
 * every object that lists its properties, unless it is marked {@code x-kubernetes-preserve-unknown-fields}.
 */
final class OperatorSchemas {

    /** apiVersion/kind → the vendored schema file (a CRD in YAML or a JSON Schema). */
    static final Map<String, String> FILES = Map.of(
            "kafka.strimzi.io/v1/Kafka", "strimzi-1.2.0/040-Crd-kafka.yaml",
            "kafka.strimzi.io/v1/KafkaTopic", "strimzi-1.2.0/043-Crd-kafkatopic.yaml",
            "kafka.strimzi.io/v1/KafkaUser", "strimzi-1.2.0/044-Crd-kafkauser.yaml",
            "kafka.strimzi.io/v1/KafkaNodePool", "strimzi-1.2.0/045-Crd-kafkanodepool.yaml",
            "postgresql.cnpg.io/v1/Cluster", "cloudnative-pg-models-2.0.0/Cluster.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "cloudnative-pg-models-2.0.0/ScheduledBackup.json",
            "barmancloud.cnpg.io/v1/ObjectStore", "barman-cloud-plugin/ObjectStore.json",
            "monitoring.coreos.com/v1/PodMonitor", "prometheus-operator-models-6.0.0/PodMonitor.json",
            "monitoring.coreos.com/v1/ServiceMonitor", "prometheus-operator-models-6.0.0/ServiceMonitor.json",
            "monitoring.coreos.com/v1/PrometheusRule", "prometheus-operator-models-6.0.0/PrometheusRule.json");

    /** The ObjectStore's spec.configuration is the barman-cloud library's type, generated with CloudNativePG's. */
    private static final String BARMAN_CONFIGURATION = "cloudnative-pg-models-2.0.0/BarmanObjectStoreConfiguration.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private OperatorSchemas() {
    }

    static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    static boolean isCustomResource(JsonNode object) {
        return object.path("apiVersion").asText().contains(".") && !object.path("apiVersion").asText().contains(".k8s.io/");
    }

    /** The schema violations of one custom resource, or empty; a kind without a vendored schema is itself one. */
    static List<String> violations(JsonNode object) {
        Optional<JsonSchema> schema = schema(key(object));
        if (schema.isEmpty()) {
            return List.of(Manifests.id(object) + ": no vendored schema for " + key(object));
        }
        return schema.get().validate(object).stream().map(ValidationMessage::getMessage)
                .map(m -> Manifests.id(object) + ": " + m).sorted().toList();
    }

    static Optional<JsonSchema> schema(String key) {
        String file = FILES.get(key);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(key, k -> FACTORY.getSchema(load(k, file))));
    }

    private static JsonNode load(String key, String file) {
        JsonNode schema;
        if (file.endsWith(".yaml")) {
            String[] parts = key.split("/");
            schema = fromCrd(read(file, YAML), parts[parts.length - 2]);
        } else {
            schema = read(file, JSON);
        }
        if (key.endsWith("/ObjectStore")) {
            JsonNode configuration = read(BARMAN_CONFIGURATION, JSON);
            ((ObjectNode) schema.with("definitions")).setAll((ObjectNode) configuration.path("definitions"));
        }
        return schema;
    }

    /** The openAPIV3Schema of the CRD's served version, as a strict JSON Schema (see the class comment). */
    static JsonNode fromCrd(JsonNode crd, String version) {
        for (JsonNode v : crd.at("/spec/versions")) {
            if (v.path("name").asText().equals(version) && v.path("served").asBoolean()) {
                ObjectNode schema = v.at("/schema/openAPIV3Schema").deepCopy();
                strict(schema);
                schema.put("$schema", "http://json-schema.org/draft-07/schema#");
                return schema;
            }
        }
        throw new AssertionError("the CRD " + crd.at("/metadata/name").asText() + " serves no version " + version);
    }

    /** OpenAPI v3 (Kubernetes structural schema) → JSON Schema draft-07, unknown fields refused. */
    private static void strict(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(OperatorSchemas::strict);
            return;
        }
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(schema.path("type").asText()).add("null");
            schema.set("type", types);
        }
        if (schema.has("properties") && !schema.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            schema.put("additionalProperties", false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("properties")) {
                field.getValue().forEach(OperatorSchemas::strict);
            } else if (!field.getKey().equals("enum") && !field.getKey().equals("example") && !field.getKey().equals("default")) {
                strict(field.getValue());
            }
        }
    }

    private static JsonNode read(String file, ObjectMapper mapper) {
        try (InputStream in = OperatorSchemas.class.getResourceAsStream("/crds/" + file)) {
            if (in == null) {
                throw new AssertionError("no vendored schema src/test/resources/crds/" + file);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read crds/" + file, e);
        }
    }
}
