package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an admin checks before calling an overlay production-ready (issue #17): backups, monitoring and alerts,
 * images pinned by digest, spreading over zones and hosts, disruption budgets, a graceful shutdown. Each check
 * returns its problems (empty: passed), so a test can show that a deliberately broken rendering is caught.
 */
final class ProductionCheck {

    static final String WAL_ARCHIVER = "barman-cloud.cloudnative-pg.io";
    static final String ZONE = "topology.kubernetes.io/zone";
    static final String HOST = "kubernetes.io/hostname";
    /** A digest reference: a tag can be moved to another image, a digest cannot. */
    static final Pattern DIGEST = Pattern.compile("^[^@\\s]+@sha256:[0-9a-f]{64}$");
    /** What the release step (deploy/k8s/release) replaces: never an image anyone can pull. */
    static final String PLACEHOLDER_DIGEST = "@sha256:" + "0".repeat(64);
    /** The label every Prometheus Operator object carries so the cluster's Prometheus selects it. */
    static final String SELECTOR_LABEL = "release";
    /** Metric → what an operator is paged on (issue #17); each must appear in an alert expression. */
    static final Map<String, String> PAGED_ON = Map.of(
            "outbox_oldest_pending_age_seconds", "outbox backlog age",
            "kafka_consumergroup_lag", "consumer lag of aggregation-service",
            "aggregation_events_dead_lettered_total", "dead-letter count growth",
            "http_server_requests_seconds_count", "5xx rate",
            "kube_pod_status_ready", "readiness flapping",
            "cnpg_pg_replication_lag", "database replication lag");

    private final Manifests m;

    ProductionCheck(Manifests m) {
        this.m = m;
    }

    /** Every problem of every check. */
    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(backups());
        problems.addAll(monitoring());
        problems.addAll(pinnedImages());
        problems.addAll(spread());
        problems.addAll(disruptionBudgets());
        problems.addAll(gracefulShutdown());
        return problems;
    }

    /** WAL archiving through the plugin into a declared object store, a daily base backup, retention, no placeholder. */
    List<String> backups() {
        List<String> problems = new ArrayList<>();
        Set<String> stores = names("ObjectStore");
        for (JsonNode store : m.ofKind("ObjectStore")) {
            String id = Manifests.id(store);
            if (store.at("/spec/retentionPolicy").asText().isEmpty()) {
                problems.add(id + ": no retention policy (backups and WAL would pile up for ever)");
            }
            String target = store.at("/spec/configuration").toString();
            if (target.contains("REPLACE-ME") || target.contains("example.org") || target.contains(".invalid")) {
                problems.add(id + ": a placeholder in the object store's configuration");
            }
            JsonNode credentials = store.at("/spec/configuration/s3Credentials");
            for (String key : new String[] {"accessKeyId", "secretAccessKey"}) {
                if (credentials.path(key).path("name").asText().isEmpty() || credentials.path(key).path("key").asText().isEmpty()) {
                    problems.add(id + ": " + key + " does not come from a Secret");
                }
            }
        }
        for (JsonNode cluster : m.ofKind("Cluster")) {
            String name = Manifests.name(cluster);
            List<JsonNode> archivers = new ArrayList<>();
            cluster.at("/spec/plugins").forEach(p -> {
                if (p.path("isWALArchiver").asBoolean() && p.path("enabled").asBoolean(true)) {
                    archivers.add(p);
                }
            });
            if (archivers.size() != 1 || !archivers.get(0).path("name").asText().equals(WAL_ARCHIVER)) {
                problems.add("Cluster/" + name + ": no WAL archiver (" + WAL_ARCHIVER + "): no point-in-time recovery");
            } else if (!stores.contains(archivers.get(0).at("/parameters/barmanObjectName").asText())) {
                problems.add("Cluster/" + name + ": archives to an object store that is not declared");
            }
            boolean daily = m.ofKind("ScheduledBackup").stream().anyMatch(b -> b.at("/spec/cluster/name").asText().equals(name)
                    && b.at("/spec/method").asText().equals("plugin")
                    && b.at("/spec/pluginConfiguration/name").asText().equals(WAL_ARCHIVER)
                    && atLeastDaily(b.at("/spec/schedule").asText()));
            if (!daily) {
                problems.add("Cluster/" + name + ": no daily ScheduledBackup through " + WAL_ARCHIVER);
            }
        }
        return problems;
    }

    /** Six-field cron (seconds first) whose day-of-month, month and day-of-week fields are all "*". */
    static boolean atLeastDaily(String cron) {
        String[] f = cron.trim().split("\\s+");
        return f.length == 6 && f[3].equals("*") && f[4].equals("*") && f[5].equals("*");
    }

    /** PodMonitors for the services, the databases and Kafka; the alerts; the selector label; the dashboard. */
    List<String> monitoring() {
        List<String> problems = new ArrayList<>();
        List<JsonNode> monitors = m.ofKind("PodMonitor");
        for (JsonNode d : m.deployments()) {
            if (monitors.stream().noneMatch(pm -> selectsPods(pm, Manifests.podLabels(d))
                    && pm.at("/spec/podMetricsEndpoints").toString().contains("\"path\":\"/q/metrics\""))) {
                problems.add(Manifests.id(d) + ": no PodMonitor scrapes /q/metrics");
            }
        }
        for (JsonNode c : m.ofKind("Cluster")) {
            Map<String, String> instance = Map.of("cnpg.io/cluster", Manifests.name(c), "cnpg.io/podRole", "instance");
            if (monitors.stream().noneMatch(pm -> selectsPods(pm, instance)
                    && pm.at("/spec/podMetricsEndpoints").toString().contains("\"port\":\"metrics\""))) {
                problems.add(Manifests.id(c) + ": no PodMonitor scrapes the database's exporter");
            }
        }
        for (JsonNode k : m.ofKind("Kafka")) {
            String cluster = Manifests.name(k);
            // the labels Strimzi gives a node pool's pods and the Kafka Exporter's pod
            Map<String, String> exporter = Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", cluster + "-kafka-exporter");
            for (JsonNode pool : m.ofKind("KafkaNodePool")) {
                Map<String, String> node = Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                        "strimzi.io/name", cluster + "-kafka", "strimzi.io/pool-name", Manifests.name(pool));
                if (!k.at("/spec/kafka/metricsConfig").isObject() || monitors.stream().noneMatch(pm -> selectsPods(pm, node))) {
                    problems.add(Manifests.id(pool) + ": Kafka metrics not exported (metricsConfig) or not scraped");
                }
            }
            if (!k.at("/spec/kafkaExporter").isObject() || monitors.stream().noneMatch(pm -> selectsPods(pm, exporter))) {
                problems.add(Manifests.id(k) + ": consumer lag (Kafka Exporter) not exported or not scraped");
            }
            long scrapingTheExporter = monitors.stream().filter(pm -> selectsPods(pm, exporter)).count();
            if (scrapingTheExporter > 1) {
                problems.add(Manifests.id(k) + ": the Kafka Exporter is scraped by " + scrapingTheExporter + " PodMonitors (duplicate series)");
            }
        }
        StringBuilder expressions = new StringBuilder();
        m.ofKind("PrometheusRule").forEach(r -> r.at("/spec/groups").forEach(g -> g.path("rules").forEach(rule -> {
            if (rule.has("alert")) {
                expressions.append(rule.path("expr").asText()).append('\n');
            }
        })));
        PAGED_ON.forEach((metric, what) -> {
            if (!Pattern.compile("\\b" + metric + "\\b").matcher(expressions).find()) {
                problems.add("no alert on " + what + " (" + metric + ")");
            }
        });
        if (!expressions.toString().contains("5..")) {
            problems.add("no alert on the 5xx rate (status=~\"5..\")");
        }
        Set<String> selectorValues = new TreeSet<>();
        for (JsonNode o : m.objects) {
            if (o.path("apiVersion").asText().startsWith("monitoring.coreos.com/")) {
                String value = o.at("/metadata/labels").path(SELECTOR_LABEL).asText();
                if (value.isEmpty()) {
                    problems.add(Manifests.id(o) + ": no " + SELECTOR_LABEL + " label: the cluster's Prometheus would not select it");
                }
                selectorValues.add(value);
            }
        }
        if (selectorValues.size() > 1) {
            problems.add("monitoring objects carry different " + SELECTOR_LABEL + " labels: " + selectorValues);
        }
        List<JsonNode> dashboards = m.ofKind("ConfigMap").stream()
                .filter(c -> c.at("/metadata/labels").has("grafana_dashboard")).toList();
        if (dashboards.isEmpty()) {
            problems.add("no Grafana dashboard (a ConfigMap labelled grafana_dashboard)");
        }
        for (JsonNode dashboard : dashboards) {
            dashboard.path("data").fields().forEachRemaining(f -> {
                try {
                    if (!new ObjectMapper().readTree(f.getValue().asText()).path("panels").isArray()) {
                        problems.add(Manifests.id(dashboard) + ": " + f.getKey() + " has no panels");
                    }
                } catch (Exception e) {
                    problems.add(Manifests.id(dashboard) + ": " + f.getKey() + " is not JSON: " + e.getMessage());
                }
            });
        }
        return problems;
    }

    /** Every image the overlay runs — the services' and CloudNativePG's operand — by digest. */
    List<String> pinnedImages() {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            d.at("/spec/template/spec/containers").forEach(c -> checkDigest(Manifests.id(d), c.path("image").asText(), problems));
            d.at("/spec/template/spec/initContainers").forEach(c -> checkDigest(Manifests.id(d), c.path("image").asText(), problems));
        }
        for (JsonNode c : m.ofKind("Cluster")) {
            checkDigest(Manifests.id(c), c.at("/spec/imageName").asText(), problems);
        }
        return problems;
    }

    private static void checkDigest(String id, String image, List<String> problems) {
        if (!DIGEST.matcher(image).matches()) {
            problems.add(id + ": image " + image + " is not pinned by digest");
        }
    }

    /** The images still carrying the release step's placeholder digest. */
    List<String> placeholderImages() {
        List<String> images = new ArrayList<>();
        m.deployments().forEach(d -> d.at("/spec/template/spec/containers").forEach(c -> images.add(c.path("image").asText())));
        m.ofKind("Cluster").forEach(c -> images.add(c.at("/spec/imageName").asText()));
        return images.stream().filter(i -> i.endsWith(PLACEHOLDER_DIGEST)).distinct().toList();
    }

    /** Zones first, then hosts: the services, the databases and Kafka (rack awareness); Guaranteed databases. */
    List<String> spread() {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            problems.addAll(zoneThenHost(Manifests.id(d), d.at("/spec/template/spec/topologySpreadConstraints"), Manifests.podLabels(d)));
        }
        for (JsonNode c : m.ofKind("Cluster")) {
            String id = Manifests.id(c);
            Map<String, String> pods = Map.of("cnpg.io/cluster", Manifests.name(c), "cnpg.io/podRole", "instance");
            if (!spreads(c.at("/spec/topologySpreadConstraints"), ZONE, pods)) {
                problems.add(id + ": instances not spread over zones");
            }
            if (!c.at("/spec/affinity/enablePodAntiAffinity").asBoolean(true) || !HOST.equals(c.at("/spec/affinity/topologyKey").asText())) {
                problems.add(id + ": instances not kept apart on hosts");
            }
            JsonNode r = c.at("/spec/resources");
            for (String resource : new String[] {"cpu", "memory"}) {
                String request = r.at("/requests/" + resource).asText();
                if (request.isEmpty() || !request.equals(r.at("/limits/" + resource).asText())) {
                    problems.add(id + ": " + resource + " request " + request + " ≠ limit " + r.at("/limits/" + resource).asText()
                            + " — not in the Guaranteed QoS class");
                }
            }
        }
        for (JsonNode k : m.ofKind("Kafka")) {
            if (!ZONE.equals(k.at("/spec/kafka/rack/topologyKey").asText())) {
                problems.add(Manifests.id(k) + ": no rack awareness over " + ZONE);
            }
        }
        for (JsonNode pool : m.ofKind("KafkaNodePool")) {
            Map<String, String> pods = Map.of("strimzi.io/cluster", pool.at("/metadata/labels/strimzi.io~1cluster").asText(),
                    "strimzi.io/pool-name", Manifests.name(pool));
            problems.addAll(zoneThenHost(Manifests.id(pool), pool.at("/spec/template/pod/topologySpreadConstraints"), pods));
        }
        return problems;
    }

    private static List<String> zoneThenHost(String id, JsonNode constraints, Map<String, String> pods) {
        List<String> problems = new ArrayList<>();
        int zone = index(constraints, ZONE, pods);
        int host = index(constraints, HOST, pods);
        if (zone < 0) {
            problems.add(id + ": pods not spread over zones");
        }
        if (host < 0) {
            problems.add(id + ": pods not spread over hosts");
        }
        if (zone >= 0 && host >= 0 && zone > host) {
            problems.add(id + ": hosts before zones");
        }
        return problems;
    }

    private static boolean spreads(JsonNode constraints, String key, Map<String, String> pods) {
        return index(constraints, key, pods) >= 0;
    }

    private static int index(JsonNode constraints, String key, Map<String, String> pods) {
        for (int i = 0; i < constraints.size(); i++) {
            JsonNode c = constraints.get(i);
            if (key.equals(c.path("topologyKey").asText()) && c.path("maxSkew").asInt(0) >= 1
                    && Manifests.selects(Manifests.labels(c.at("/labelSelector/matchLabels")), pods)) {
                return i;
            }
        }
        return -1;
    }

    /** Each service: one PDB that keeps a pod, below the autoscaler's minimum (else no node drain ever succeeds). */
    List<String> disruptionBudgets() {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            List<JsonNode> pdbs = m.ofKind("PodDisruptionBudget").stream()
                    .filter(p -> Manifests.selects(Manifests.labels(p.at("/spec/selector/matchLabels")), Manifests.podLabels(d))).toList();
            if (pdbs.size() != 1) {
                problems.add(Manifests.id(d) + ": " + pdbs.size() + " PodDisruptionBudgets (want one)");
                continue;
            }
            int minAvailable = pdbs.get(0).at("/spec/minAvailable").asInt(0);
            int minReplicas = m.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> h.at("/spec/scaleTargetRef/name").asText().equals(Manifests.name(d)))
                    .mapToInt(h -> h.at("/spec/minReplicas").asInt(1)).findFirst().orElse(d.at("/spec/replicas").asInt(1));
            if (minAvailable < 1 || minAvailable >= minReplicas) {
                problems.add(Manifests.id(d) + ": minAvailable " + minAvailable + " with at least " + minReplicas + " replicas");
            }
        }
        return problems;
    }

    /** A preStop delay and a termination grace period that covers it and Quarkus' shutdown timeout. */
    List<String> gracefulShutdown() {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            JsonNode c = Manifests.container(d);
            JsonNode command = c.at("/lifecycle/preStop/exec/command");
            int delay = command.size() == 2 && command.get(0).asText().equals("sleep") ? command.get(1).asInt(0) : 0;
            String timeout = Environment.of(m, d).getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT", "");
            int shutdown = timeout.matches("\\d+s") ? Integer.parseInt(timeout.substring(0, timeout.length() - 1)) : 0;
            int grace = d.at("/spec/template/spec/terminationGracePeriodSeconds").asInt(30);
            if (delay <= 0) {
                problems.add(Manifests.id(d) + ": no preStop delay: requests still routed to a stopping pod fail");
            }
            if (shutdown <= 0) {
                problems.add(Manifests.id(d) + ": no QUARKUS_SHUTDOWN_TIMEOUT: in-flight requests are cut at SIGTERM");
            }
            if (grace <= delay + shutdown) {
                problems.add(Manifests.id(d) + ": terminationGracePeriodSeconds " + grace + " ≤ preStop " + delay + " s + shutdown " + shutdown + " s");
            }
        }
        return problems;
    }

    private Set<String> names(String kind) {
        return new TreeSet<>(m.ofKind(kind).stream().map(Manifests::name).toList());
    }

    /** matchLabels and In/Exists matchExpressions of a PodMonitor's selector against a pod's labels. */
    static boolean selectsPods(JsonNode monitor, Map<String, String> pod) {
        JsonNode selector = monitor.at("/spec/selector");
        Map<String, String> labels = Manifests.labels(selector.path("matchLabels"));
        if (!pod.entrySet().containsAll(labels.entrySet())) {
            return false;
        }
        boolean any = !labels.isEmpty();
        for (JsonNode e : selector.path("matchExpressions")) {
            String value = pod.get(e.path("key").asText());
            boolean ok = switch (e.path("operator").asText()) {
                case "In" -> value != null && e.path("values").toString().contains("\"" + value + "\"");
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
