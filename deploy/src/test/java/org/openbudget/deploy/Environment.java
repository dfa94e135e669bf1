package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment a Deployment's container starts with: its env entries and the ConfigMaps of envFrom. */
final class Environment {

    private Environment() {
    }

    /** Variable → value; a value taken from a Secret reads {@code secret:NAME/KEY}. */
    static Map<String, String> of(Manifests manifests, JsonNode deployment) {
        JsonNode container = Manifests.container(deployment);
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("secretRef") || from.has("prefix")) {
                throw new AssertionError(Manifests.id(deployment) + ": envFrom " + from
                        + " — only ConfigMaps without prefix, so that every variable's name is visible here");
            }
            String name = from.at("/configMapRef/name").asText();
            JsonNode configMap = manifests.get("ConfigMap", name);
            configMap.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode var : container.path("env")) {
            String name = var.path("name").asText();
            if (var.has("value")) {
                env.put(name, var.path("value").asText());
            } else if (var.at("/valueFrom/secretKeyRef").isObject()) {
                JsonNode ref = var.at("/valueFrom/secretKeyRef");
                env.put(name, "secret:" + ref.path("name").asText() + "/" + ref.path("key").asText());
            } else if (var.at("/valueFrom/configMapKeyRef").isObject()) {
                JsonNode ref = var.at("/valueFrom/configMapKeyRef");
                env.put(name, manifests.get("ConfigMap", ref.path("name").asText())
                        .path("data").path(ref.path("key").asText()).asText());
            } else {
                throw new AssertionError(Manifests.id(deployment) + ": env " + name + " has neither a value nor a "
                        + "Secret/ConfigMap reference: " + var);
            }
        }
        return env;
    }
}
