package org.openbudget.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one service really reads: the keys of its application.properties and of the common kit's
 * META-INF/microprofile-config.properties (profile-less ones) and the
 * {@code @ConfigProperty} names in its own sources and in the common kit's — those of a bean switched on
 * by {@code @IfBuildProperty} only when the service's build sets that property. A service that hands its
 * Kafka clients the whole {@code kafka.*} configuration (Quarkus' {@code default-kafka-broker} map, which
 * the SmallRye Kafka channels take as well) reads every Kafka client setting as {@code kafka.<name>}: the
 * names come from the Kafka client library itself. The run-time keys of the Quarkus extensions the service
 * is built with come from the extensions' own configuration models ({@link QuarkusExtensions}), and so do
 * the build-time keys. Nothing is listed by hand.
 */
final class ServiceConfig {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern IF_BUILD_PROPERTY = Pattern.compile(
            "@IfBuildProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"\\s*,\\s*stringValue\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");
    /** An injection of Quarkus' map of every kafka.* setting (the outbox relay, the rebuild, the dead-letter count). */
    private static final Pattern KAFKA_CONFIG_MAP = Pattern.compile("@(?:[\\w.]+\\.)?Identifier\\(\\s*\"default-kafka-broker\"\\s*\\)");
    /**
     * Quarkus' default-kafka-broker map strips "kafka." (or the KAFKA_ of an environment variable), lower-cases
     * and turns '_' into '.': KAFKA_SASL_JAAS_CONFIG reaches the clients as sasl.jaas.config.
     */
    static final Set<String> KAFKA_CLIENT_SETTINGS = kafkaClientSettings();
    /** Fixed when the application is built: an environment variable at run time would silently do nothing. */
    private static final Set<String> QUARKUS_BUILD_TIME = Set.of("quarkus.datasource.db-kind",
            "quarkus.hibernate-orm.packages", "quarkus.devservices.enabled", "quarkus.swagger-ui.always-include");

    private static final Map<String, ServiceConfig> CACHE = new HashMap<>();

    final String service;
    /** The common kit's microprofile-config.properties and the service's application.properties, without %profile entries. */
    final Map<String, String> properties;
    /** Every key the service reads (properties and @ConfigProperty names). */
    final Set<String> keys;
    final Set<String> buildTimeKeys;
    /** The defaultValue of an active @ConfigProperty: what the service uses when nothing sets the key. */
    final Map<String, String> defaults;
    /** True when the service's Kafka clients take every kafka.* setting (see the class comment). */
    final boolean passesKafkaSettings;
    /** The io.quarkus artifacts the service is built with (its pom and the common kit's). */
    final Set<String> extensions;

    private ServiceConfig(String service, Map<String, String> properties, Map<String, String> defaults, Set<String> keys,
                          Set<String> buildTimeKeys, boolean passesKafkaSettings, Set<String> extensions) {
        this.service = service;
        this.properties = properties;
        this.defaults = defaults;
        this.keys = keys;
        this.buildTimeKeys = buildTimeKeys;
        this.passesKafkaSettings = passesKafkaSettings;
        this.extensions = extensions;
    }

    static synchronized ServiceConfig of(String service) {
        return CACHE.computeIfAbsent(service, ServiceConfig::load);
    }

    private static ServiceConfig load(String service) {
        Path module = Repo.module(service);
        Map<String, String> properties = new TreeMap<>();
        // the common kit's defaults (a jar's META-INF/microprofile-config.properties), then the service's own file
        Path commonDefaults = Repo.root().resolve("common/src/main/resources/META-INF/microprofile-config.properties");
        if (Files.isRegularFile(commonDefaults)) {
            properties.putAll(profileLess(commonDefaults));
        }
        properties.putAll(profileLess(module.resolve("src/main/resources/application.properties")));

        Set<String> keys = new TreeSet<>(properties.keySet());
        Map<String, String> defaults = new TreeMap<>();
        Set<String> buildTime = new TreeSet<>(QUARKUS_BUILD_TIME);
        // SmallRye Kafka channels merge the default-kafka-broker map into their own configuration
        boolean kafkaSettings = properties.entrySet().stream()
                .anyMatch(e -> e.getKey().endsWith(".connector") && e.getValue().trim().equals("smallrye-kafka"));
        for (Path sources : new Path[] {module.resolve("src/main/java"), Repo.root().resolve("common/src/main/java")}) {
            for (String source : javaSources(sources)) {
                Matcher condition = IF_BUILD_PROPERTY.matcher(source);
                boolean active = true;
                while (condition.find()) {
                    buildTime.add(condition.group(1));
                    active &= condition.group(2).equals(properties.get(condition.group(1)));
                }
                if (active) {
                    Matcher m = CONFIG_PROPERTY.matcher(source);
                    while (m.find()) {
                        keys.add(m.group(1));
                        if (m.group(2) != null) {
                            defaults.putIfAbsent(m.group(1), m.group(2));
                        }
                    }
                    kafkaSettings |= KAFKA_CONFIG_MAP.matcher(source).find();
                }
            }
        }
        if (kafkaSettings) {
            KAFKA_CLIENT_SETTINGS.forEach(name -> keys.add("kafka." + name));
        }
        Set<String> extensions = QuarkusExtensions.of(service);
        // every Quarkus application runs on quarkus-core (quarkus.shutdown.timeout, quarkus.http… are not all
        // an extension's): a transitive dependency, so no pom names it
        extensions.add("quarkus-core");
        extensions.forEach(extension -> keys.addAll(QuarkusExtensions.runtimeKeys(extension)));
        buildTime.addAll(QuarkusExtensions.buildTimeKeys());
        return new ServiceConfig(service, properties, defaults, keys, buildTime, kafkaSettings, Set.copyOf(extensions));
    }

    private static Set<String> kafkaClientSettings() {
        Set<String> names = new TreeSet<>(org.apache.kafka.clients.producer.ProducerConfig.configNames());
        names.addAll(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
        names.addAll(org.apache.kafka.clients.admin.AdminClientConfig.configNames());
        return Set.copyOf(names);
    }

    private static Map<String, String> profileLess(Path file) {
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> properties.put(k, raw.getProperty(k)));
        return properties;
    }

    private static java.util.List<String> javaSources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The environment variable MicroProfile Config maps to a property: every character that is not a letter
     * or digit becomes '_', then upper case ({@code mp.messaging.incoming.budget-events.topic} →
     * {@code MP_MESSAGING_INCOMING_BUDGET_EVENTS_TOPIC}).
     */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Environment variable → the property it sets, for every key the service reads. */
    Map<String, String> environmentKeys() {
        return keys.stream().collect(Collectors.toMap(ServiceConfig::envName, k -> k, (a, b) -> a, TreeMap::new));
    }

    /** Environment variable → the build-time property it would (not) set. */
    Map<String, String> buildTimeEnvironmentKeys() {
        return buildTimeKeys.stream().collect(Collectors.toMap(ServiceConfig::envName, k -> k, (a, b) -> a, TreeMap::new));
    }

    /** A property's value as the running service sees it: the environment wins over the files, they over the default. */
    String effective(String key, Map<String, String> environment) {
        String value = environment.getOrDefault(envName(key), properties.getOrDefault(key, defaults.get(key)));
        return value == null ? null : resolve(value, environment, 0);
    }

    private String resolve(String value, Map<String, String> environment, int depth) {
        if (depth > 10) {
            throw new IllegalStateException(service + ": property expressions nest too deep in " + value);
        }
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = effective(m.group(1), environment);
            if (inner == null) {
                throw new IllegalStateException(service + ": ${" + m.group(1) + "} is not defined");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(inner, environment, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The Kafka topics the service names in its configuration: every {@code …topic} key and every
     * comma-separated {@code …topics} list, as the running service resolves them.
     */
    Set<String> topics(Map<String, String> environment) {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.keySet()) {
            if (key.equals("topic") || key.endsWith(".topic")) {
                topics.add(effective(key, environment));
            } else if (key.endsWith(".topics")) {
                Arrays.stream(effective(key, environment).split(",")).map(String::trim)
                        .filter(t -> !t.isEmpty()).forEach(topics::add);
            }
        }
        return topics;
    }

    int httpPort(Map<String, String> environment) {
        return Integer.parseInt(effective("quarkus.http.port", environment));
    }
}
