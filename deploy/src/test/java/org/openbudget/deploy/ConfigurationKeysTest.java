package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every environment variable the manifests set is a setting the service really reads at run time. */
class ConfigurationKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableIsAKeyTheServiceReads(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<String> wrong = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            ServiceConfig config = ServiceConfig.of(Manifests.name(d));
            Map<String, String> readable = config.environmentKeys();
            Map<String, String> buildTime = config.buildTimeEnvironmentKeys();
            for (String variable : Environment.of(m, d).keySet()) {
                String key = readable.get(variable);
                if (key == null && buildTime.containsKey(variable)) {
                    wrong.add(Manifests.name(d) + ": " + variable + " sets " + buildTime.get(variable) + ", fixed at build time");
                } else if (key == null) {
                    wrong.add(Manifests.name(d) + ": " + variable + " is no key the service reads");
                } else if (config.buildTimeKeys.contains(key)) {
                    wrong.add(Manifests.name(d) + ": " + variable + " sets " + key + ", fixed at build time");
                }
            }
            // Kubernetes would otherwise add FOO_SERVICE_HOST/PORT variables for every Service in the namespace
            assertFalse(d.at("/spec/template/spec/enableServiceLinks").asBoolean(true),
                    Manifests.id(d) + ": enableServiceLinks must be false");
        }
        assertEquals(List.of(), wrong, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceUsesItsOwnDatabaseWithTheOperatorsCredentials(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (JsonNode d : m.deployments()) {
            String service = Manifests.name(d);
            ServiceConfig config = ServiceConfig.of(service);
            Map<String, String> env = Environment.of(m, d);
            String url = config.effective("quarkus.datasource.jdbc.url", env);
            assertTrue(env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"), service + ": the JDBC URL must point at the cluster's database");
            URI uri = URI.create(url.substring("jdbc:".length()));
            String host = uri.getHost();
            assertTrue(host.endsWith("-rw"), service + ": connect through the primary's -rw Service, not " + host);
            String clusterName = host.substring(0, host.length() - "-rw".length());
            JsonNode cluster = m.get("Cluster", clusterName);
            assertEquals(service, cluster.at("/metadata/labels/openbudget.org~1owner").asText(), clusterName + "'s owner");
            assertEquals(cluster.at("/spec/bootstrap/initdb/database").asText(), uri.getPath().substring(1),
                    service + ": database name in the URL");
            assertEquals(5432, uri.getPort());
            assertEquals("secret:" + clusterName + "-app/username", config.effective("quarkus.datasource.username", env), service);
            assertEquals("secret:" + clusterName + "-app/password", config.effective("quarkus.datasource.password", env), service);
        }
    }

    @Test
    void noTwoServicesShareADatabase() {
        for (String overlay : Manifests.OVERLAYS) {
            Manifests m = Manifests.of(overlay);
            List<String> urls = m.deployments().stream()
                    .map(d -> ServiceConfig.of(Manifests.name(d)).effective("quarkus.datasource.jdbc.url", Environment.of(m, d)))
                    .toList();
            assertEquals(urls.size(), urls.stream().distinct().count(), overlay + ": " + urls);
        }
    }

    @Test
    void theKeySetIsDerivedFromWhatTheServicesRead() {
        // properties file keys and the MicroProfile Config environment mapping
        assertEquals("MP_MESSAGING_INCOMING_BUDGET_EVENTS_TOPIC", ServiceConfig.envName("mp.messaging.incoming.budget-events.topic"));
        assertEquals("QUARKUS_LOG_CATEGORY__COM_OPENHTMLTOPDF__LEVEL", ServiceConfig.envName("quarkus.log.category.\"com.openhtmltopdf\".level"));
        Map<String, String> budget = ServiceConfig.of("budget-service").environmentKeys();
        assertEquals("kafka.bootstrap.servers", budget.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("quarkus.datasource.jdbc.url", budget.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertFalse(budget.containsKey("QUARKUS_DATASOURCE_URL"), "a misspelt key is not readable");
        assertFalse(budget.containsKey("OPENBUDGET_CONSUMER_GROUP"), "the aggregation service's key, not budget-service's");
        // @ConfigProperty keys of the common kit count only where the bean is built in (outbox: the owners)
        assertEquals("openbudget.outbox.batch-size", budget.get("OPENBUDGET_OUTBOX_BATCH_SIZE"));
        Map<String, String> aggregation = ServiceConfig.of("aggregation-service").environmentKeys();
        assertFalse(aggregation.containsKey("OPENBUDGET_OUTBOX_BATCH_SIZE"), "the aggregation service runs no outbox relay");
        assertEquals("openbudget.retry.max-backoff", aggregation.get("OPENBUDGET_RETRY_MAX_BACKOFF"));
        assertFalse(aggregation.containsKey("OPENBUDGET_INTAKE_MAX_ATTEMPTS"), "the intake no longer gives up: no attempt limit");
        assertTrue(ServiceConfig.of("budget-service").buildTimeKeys.contains("openbudget.outbox.enabled"));
        // every Kafka client setting, as Quarkus' kafka.* map passes it on: the outbox relay (owners), the
        // channels, the rebuild and the dead-letter count (aggregation) — by the Kafka client's own names
        assertEquals("kafka.sasl.jaas.config", budget.get("KAFKA_SASL_JAAS_CONFIG"));
        assertEquals("kafka.ssl.truststore.location", aggregation.get("KAFKA_SSL_TRUSTSTORE_LOCATION"));
        assertFalse(budget.containsKey("KAFKA_SASL_JASS_CONFIG"), "a misspelt Kafka setting is not readable");
        assertFalse(budget.containsKey("KAFKA_SSL_TRUSTSTORE_CERTIFICATE"), "…nor an almost-right one");
        // Quarkus extensions' keys from their own configuration models: OIDC's are read at run time, Swagger
        // UI's sign-in and the OpenAPI security scheme are baked into the application when it is built
        assertEquals("quarkus.oidc.auth-server-url", budget.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("quarkus.oidc.token.audience", aggregation.get("QUARKUS_OIDC_TOKEN_AUDIENCE"));
        assertFalse(budget.containsKey("QUARKUS_OIDC_AUTH_SERVER_URI"), "a misspelt OIDC key is not readable");
        Map<String, String> buildTime = ServiceConfig.of("budget-service").buildTimeEnvironmentKeys();
        assertEquals("quarkus.swagger-ui.oauth-client-id", buildTime.get("QUARKUS_SWAGGER_UI_OAUTH_CLIENT_ID"));
        assertEquals("quarkus.smallrye-openapi.oidc-open-id-connect-url", buildTime.get("QUARKUS_SMALLRYE_OPENAPI_OIDC_OPEN_ID_CONNECT_URL"));
        assertTrue(ServiceConfig.of("budget-service").buildTimeKeys.contains("quarkus.swagger-ui.oauth-client-id"),
                "Swagger UI's client id is baked into the image: a variable for it is refused");
        assertTrue(ServiceConfig.of("budget-service").extensions.contains("quarkus-smallrye-openapi"), "extensions from the poms");
    }
}
