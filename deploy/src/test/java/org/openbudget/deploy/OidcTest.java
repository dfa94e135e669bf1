package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every service verifies bearer tokens of one OIDC issuer for one audience, both from one ConfigMap the admin
 * edits; the issuer is the site's to set (a placeholder that can never resolve until then); no client secret
 * reaches a service.
 */
class OidcTest {

    /** Variable → ConfigMap key: the standard quarkus-oidc settings the services read. */
    static final Map<String, String> SETTINGS = Map.of(
            "QUARKUS_OIDC_AUTH_SERVER_URL", "issuer-url",
            "QUARKUS_OIDC_TOKEN_AUDIENCE", "audience");
    static final String PLACEHOLDER = "REPLACE-ME";
    /** -Ddeploy.release=true: the rendering is about to be applied, placeholders are errors. */
    static final boolean RELEASE = Boolean.getBoolean("deploy.release");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceTakesIssuerAndAudienceFromTheOneOidcConfigMap(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> configMaps = new TreeSet<>();
        for (JsonNode d : m.deployments()) {
            Map<String, JsonNode> env = new TreeMap<>();
            Manifests.container(d).path("env").forEach(v -> env.put(v.path("name").asText(), v));
            SETTINGS.forEach((variable, key) -> {
                JsonNode ref = env.getOrDefault(variable, MissingNode.getInstance()).at("/valueFrom/configMapKeyRef");
                assertTrue(ref.isObject(), Manifests.id(d) + ": " + variable + " from the OIDC ConfigMap");
                assertEquals(key, ref.path("key").asText(), Manifests.id(d) + ": " + variable);
                assertFalse(ref.path("optional").asBoolean(false), Manifests.id(d) + ": " + variable + " must not be optional");
                configMaps.add(ref.path("name").asText());
            });
        }
        assertEquals(1, configMaps.size(), overlay + ": one OIDC ConfigMap for all services: " + configMaps);
        Set<String> keys = new TreeSet<>();
        m.get("ConfigMap", configMaps.iterator().next()).path("data").fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(SETTINGS.values()), keys,
                overlay + ": the OIDC ConfigMap holds the issuer and the audience, nothing else (no secret)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAudienceIsTheApisAndTheIssuerAnHttpsUrlOrAnUnresolvablePlaceholder(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (JsonNode d : m.deployments()) {
            ServiceConfig config = ServiceConfig.of(Manifests.name(d));
            Map<String, String> env = Environment.of(m, d);
            assertEquals("openbudget-api", config.effective("quarkus.oidc.token.audience", env), Manifests.id(d));
            String issuer = config.effective("quarkus.oidc.auth-server-url", env);
            assertNotNull(issuer, Manifests.id(d) + ": no issuer");
            URI uri = URI.create(issuer);
            assertEquals("https", uri.getScheme(), Manifests.id(d) + ": the issuer " + issuer + " over HTTPS");
            assertTrue(uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null,
                    Manifests.id(d) + ": an issuer URL is scheme, host and path: " + issuer);
            if (issuer.contains(PLACEHOLDER)) {
                // a placeholder must never be a trusted issuer by accident: .invalid never resolves (RFC 6761)
                assertTrue(uri.getHost().endsWith(".invalid"), Manifests.id(d) + ": placeholder issuer that could resolve: " + issuer);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void prodNamesTheCountysOwnIssuer(String overlay) {
        Manifests m = Manifests.of(overlay);
        JsonNode d = m.deployments().get(0);
        String issuer = ServiceConfig.of(Manifests.name(d)).effective("quarkus.oidc.auth-server-url", Environment.of(m, d));
        if (RELEASE) {
            assertFalse(issuer.contains(PLACEHOLDER), "set the OIDC issuer in overlays/prod/kustomization.yaml before applying: " + issuer);
        } else {
            // until the admin names the county's issuer, prod carries the placeholder, which can never accept a token;
            // once named, it is an https issuer (-Ddeploy.release=true insists on that)
            assertTrue(issuer.contains(PLACEHOLDER) ? URI.create(issuer).getHost().endsWith(".invalid") : issuer.startsWith("https://"),
                    "prod's OIDC issuer is neither the unresolvable placeholder nor an https URL: " + issuer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noClientSecretReachesAService(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (JsonNode d : m.deployments()) {
            for (String variable : Environment.of(m, d).keySet()) {
                assertFalse(variable.startsWith("QUARKUS_OIDC_CREDENTIALS") || variable.contains("CLIENT_SECRET"),
                        Manifests.id(d) + ": " + variable + " — the services only verify tokens, they need no client secret");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget-service", "performance-service", "asset-service", "aggregation-service"})
    void theServiceIsBuiltWithTheOidcExtensionItsSettingsAreFor(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        assertTrue(config.extensions.contains("quarkus-oidc"), service + " has no quarkus-oidc: its QUARKUS_OIDC_* variables would do nothing");
        assertTrue(config.keys.contains("quarkus.oidc.auth-server-url") && config.keys.contains("quarkus.oidc.token.audience"), service);
        // the services verify tokens; roles come from the groups claim (README: OIDC)
        assertEquals("service", config.properties.get("quarkus.oidc.application-type"), service);
        assertEquals("groups", config.properties.get("quarkus.oidc.roles.role-claim-path"), service);
    }
}
