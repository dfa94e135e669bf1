package org.openbudget.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration keys of Quarkus extensions, from each extension's own model
 * ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}, on the test classpath through deploy/pom.xml):
 * which keys exist and in which phase — a {@code BUILD_TIME} or {@code BUILD_AND_RUN_TIME_FIXED} key set at
 * run time does nothing. And which extensions a service is built with (its pom and the common kit's).
 */
final class QuarkusExtensions {

    static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("<groupId>\\s*([^<\\s]+)\\s*</groupId>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    /** Extension artifactId → property → phase, for every extension model on the classpath. */
    static final Map<String, Map<String, String>> MODELS = load();

    private QuarkusExtensions() {
    }

    /** Keys of the extension a running application reads (phase RUN_TIME). */
    static Set<String> runtimeKeys(String extension) {
        Set<String> keys = new TreeSet<>();
        MODELS.getOrDefault(extension, Map.of()).forEach((key, phase) -> {
            if (phase.equals("RUN_TIME")) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** Keys of any known extension that are fixed when the application is built. */
    static Set<String> buildTimeKeys() {
        Set<String> keys = new TreeSet<>();
        MODELS.values().forEach(model -> model.forEach((key, phase) -> {
            if (!phase.equals("RUN_TIME")) {
                keys.add(key);
            }
        }));
        return keys;
    }

    /** The io.quarkus artifacts a service declares (test scope aside), with the common kit's when it uses it. */
    static Set<String> of(String service) {
        Set<String> extensions = new TreeSet<>();
        boolean usesCommon = dependencies(Repo.module(service).resolve("pom.xml"), extensions);
        if (usesCommon) {
            dependencies(Repo.root().resolve("common/pom.xml"), extensions);
        }
        return extensions;
    }

    /** Adds the pom's io.quarkus artifacts; true when it depends on org.openbudget:common. */
    private static boolean dependencies(Path pom, Set<String> extensions) {
        String text;
        try {
            text = Files.readString(pom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean common = false;
        Matcher d = DEPENDENCY.matcher(text);
        while (d.find()) {
            String dependency = d.group(1);
            Matcher group = GROUP.matcher(dependency);
            Matcher artifact = ARTIFACT.matcher(dependency);
            if (!group.find() || !artifact.find() || dependency.matches("(?s).*<scope>\\s*test\\s*</scope>.*")) {
                continue;
            }
            if (group.group(1).equals("io.quarkus")) {
                extensions.add(artifact.group(1));
            } else if (group.group(1).equals("org.openbudget") && artifact.group(1).equals("common")) {
                common = true;
            }
        }
        return common;
    }

    private static Map<String, Map<String, String>> load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, String>> models = new TreeMap<>();
        try {
            for (URL url : Collections.list(QuarkusExtensions.class.getClassLoader().getResources(MODEL))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode root : json.readTree(in).path("configRoots")) {
                        String extension = root.at("/extension/artifactId").asText();
                        collect(root.path("items"), models.computeIfAbsent(extension, e -> new TreeMap<>()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Quarkus extensions' configuration models", e);
        }
        return models;
    }

    /** Properties and the properties of nested sections; map-keyed ones ("tenant", *) are no fixed key. */
    private static void collect(JsonNode items, Map<String, String> into) {
        for (JsonNode item : items) {
            String key = item.at("/path/property").asText();
            if (item.has("phase") && !key.isEmpty() && !key.contains("\"") && !key.contains("*") && !key.contains("[")) {
                into.put(key, item.path("phase").asText());
            }
            collect(item.path("items"), into);
        }
    }
}
