package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alerts and the dashboard query metrics that exist: the services' own meters (Micrometer names in their
 * sources, as the Prometheus registry renders them: dots to underscores, a counter's _total, a gauge's base
 * unit), Quarkus' HTTP server metrics, and the Kafka nodes' metrics the JMX exporter rules produce. A renamed
 * meter would otherwise leave an alert that can never fire.
 */
class MetricNamesTest {

    static final List<String> SERVICES = List.of("budget-service", "performance-service", "asset-service", "aggregation-service");
    /** registry.counter("a.b", …) */
    private static final Pattern COUNTER = Pattern.compile("\\.counter\\(\\s*\"([a-z0-9_.]+)\"");
    /** the outbox's gauge(registry, "name", "description", "unit" | null, …) helper */
    private static final Pattern GAUGE = Pattern.compile("gauge\\(\\s*registry\\s*,\\s*\"([a-z0-9_.]+)\"\\s*,\\s*\"[^\"]*\"\\s*,\\s*(?:\"(\\w+)\"|null)");
    /** A metric name in a PromQL expression: the identifier before a { or ( or whitespace, of the families we own. */
    private static final Pattern QUERIED = Pattern.compile("\\b((?:outbox|aggregation|kafka_server|kafka_controller)_[a-z0-9_]+)\\b");

    @Test
    void theServicesMetersAreRenderedAsTheAlertsExpect() {
        Set<String> exported = exported();
        assertTrue(exported.containsAll(Set.of("outbox_pending", "outbox_oldest_pending_age_seconds", "outbox_relayed_total",
                "outbox_relay_failures_total", "aggregation_events_total", "aggregation_events_dead_lettered_total")), exported.toString());
    }

    @Test
    void everyOwnMetricTheAlertsAndTheDashboardQueryIsExported() {
        Manifests prod = Manifests.of("prod");
        Set<String> queried = new TreeSet<>();
        prod.ofKind("PrometheusRule").forEach(r -> r.at("/spec/groups").forEach(g -> g.path("rules")
                .forEach(rule -> collect(rule.path("expr").asText(), queried))));
        prod.ofKind("ConfigMap").stream().filter(c -> c.at("/metadata/labels").has("grafana_dashboard"))
                .forEach(c -> c.path("data").forEach(json -> collect(json.asText(), queried)));
        assertTrue(queried.size() >= 6, queried.toString());
        Set<String> known = new TreeSet<>(exported());
        known.addAll(kafkaJmxMetrics(prod));
        Set<String> missing = new TreeSet<>(queried);
        missing.removeAll(known);
        assertEquals(Set.of(), missing, "queried but exported by nobody");
    }

    @Test
    void everyServiceExportsQuarkusHttpServerMetrics() {
        for (String service : SERVICES) {
            assertTrue(QuarkusExtensions.of(service).contains("quarkus-micrometer-registry-prometheus"),
                    service + ": http_server_requests_seconds_count comes from the Micrometer Prometheus registry");
            assertTrue(!"false".equals(ServiceConfig.of(service).properties.get("quarkus.micrometer.binder.http-server.enabled")),
                    service + ": the HTTP server binder is switched off");
        }
    }

    private static void collect(String expression, Set<String> into) {
        Matcher m = QUERIED.matcher(expression);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** The Prometheus names of the meters registered in the common kit's and the services' main sources. */
    static Set<String> exported() {
        Set<String> names = new TreeSet<>();
        Stream.concat(Stream.of("common"), SERVICES.stream()).forEach(module -> {
            try (Stream<Path> files = Files.walk(Repo.root().resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(f);
                    Matcher c = COUNTER.matcher(source);
                    while (c.find()) {
                        names.add(c.group(1).replace('.', '_') + "_total");
                    }
                    Matcher g = GAUGE.matcher(source);
                    while (g.find()) {
                        names.add(g.group(1).replace('.', '_') + (g.group(2) == null ? "" : "_" + g.group(2)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return names;
    }

    /** Names the JMX exporter rules of the Kafka resource's metricsConfig produce (name template × the pattern's alternatives). */
    static Set<String> kafkaJmxMetrics(Manifests m) {
        JsonNode ref = m.ofKind("Kafka").get(0).at("/spec/kafka/metricsConfig/valueFrom/configMapKeyRef");
        String config = m.get("ConfigMap", ref.path("name").asText()).at("/data").path(ref.path("key").asText()).asText();
        Set<String> names = new TreeSet<>();
        try {
            JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(config);
            boolean lower = rules.path("lowercaseOutputName").asBoolean();
            for (JsonNode rule : rules.path("rules")) {
                String name = rule.path("name").asText();
                Matcher alternatives = Pattern.compile("name=\\(([^)]+)\\)").matcher(rule.path("pattern").asText());
                List<String> values = alternatives.find() ? List.of(alternatives.group(1).split("\\|")) : List.of("");
                for (String v : values) {
                    String n = name.replace("$1", v);
                    names.add(lower ? n.toLowerCase() : n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
