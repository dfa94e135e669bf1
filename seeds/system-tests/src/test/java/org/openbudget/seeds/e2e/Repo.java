package org.openbudget.seeds.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the packaged services and the local stack's files are, seen from the system tests. */
final class Repo {

    private Repo() {
    }

    /** The repository: failsafe says where; run elsewhere, two folders above this module (seeds/system-tests). */
    static Path root() {
        String root = System.getProperty("repo.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
    }

    /**
     * A file of the read-only public samples under ../shared (never copied into the project), read where it is; the
     * test is skipped, saying why, only on a machine without that folder.
     */
    static Path shared(String relative) {
        Path shared = Path.of(System.getProperty("shared.dir", root().resolve("../shared").toString())).toAbsolutePath().normalize();
        Path folder = shared.resolve(relative).getParent();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder),
                () -> "skipped: " + folder + " (the read-only public samples) is not on this machine");
        return shared.resolve(relative);
    }

    static Path jar(String service) {
        Path jar = root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the whole build (./mvnw verify) so the services are packaged first");
        }
        return jar;
    }

    /** The Kafka broker classpath resolved by deploy/local (deploy/local/test exports its path). */
    static String kafkaClasspath() throws IOException {
        String file = System.getenv("KAFKA_CLASSPATH_FILE");
        Path path = file != null ? Path.of(file) : root().resolve(".local-stack/kafka/classpath");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("no Kafka classpath at " + path + ": run the tests through deploy/local/test");
        }
        return Files.readString(path).trim();
    }

    /** The tests' OpenID Connect issuer: realm openbudget-test of the local Keycloak (deploy/local/test starts it). */
    static String issuer() {
        String url = System.getProperty("openbudget.test.keycloak", System.getenv("OPENBUDGET_TEST_KEYCLOAK"));
        return (url == null || url.isBlank() ? "http://127.0.0.1:8180" : url) + "/realms/openbudget-test";
    }

    /** The loader's client of the tests' realm: editor, reviewer and admin of every department and region. */
    static org.openbudget.seeds.auth.ClientToken loader() {
        return org.openbudget.seeds.auth.ClientToken.client(issuer(), "openbudget-loader", "loader-secret");
    }

    /** A person of the tests' realm (password "test"): editor-990434, editor-990435, reviewer-990100, auditor … */
    static org.openbudget.seeds.auth.ClientToken user(String name) {
        return org.openbudget.seeds.auth.ClientToken.user(issuer(), "tests-web", name, "test");
    }

    static String kafkaBootstrap() {
        String env = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return env != null ? env : "127.0.0.1:19092"; // the tests' own cluster (deploy/local/test), never the demo's
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    static Path logDir() throws IOException {
        Path dir = root().resolve("seeds/system-tests/target/e2e-logs");
        Files.createDirectories(dir);
        return dir;
    }
}
