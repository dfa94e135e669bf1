package org.openbudget.aggregation.document.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test of issue 17 item 4: a bundle started through one instance of aggregation-service is fetched
 * through another, both against the same PostgreSQL — and it outlives the instance that built it.
 *
 * <p>The instances are the packaged fast-jar ({@code target/quarkus-app}, built by {@code package} before failsafe
 * runs) started as two JVMs with their own HTTP ports — what two pods are. Two JVMs rather than two Quarkus test
 * apps in one JVM: Quarkus runs one application per class loader world, and separate processes can be killed like a
 * pod. On 2 cores each starts in 5–15 s with {@code -Xmx256m -XX:+UseSerialGC}. Both run the test profile (the tests'
 * database {@code aggregation_test} and broker, a consumer group of their own) without cleaning the database at
 * start, so neither wipes what the other wrote. Region 990101 has no department: the bundle is the county files and
 * the README, which is enough to tell whose zip it is.
 */
class BundleAcrossInstancesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Instance> started = new ArrayList<>();

    @Test
    void aBundleStartedThroughOneInstanceIsFetchedThroughAnotherAndOutlivesIt() throws Exception {
        Instance a = start("a");
        Instance b = start("b");

        HttpResponse<String> accepted = a.get("/api/v1/documents/2022?region=990101");
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String status = location.substring(location.indexOf("/api/v1/documents/jobs/"));
        String id = JSON.readTree(accepted.body()).path("id").asText();

        JsonNode done = awaitState(b, status, "done", Duration.ofSeconds(60));
        assertEquals(id, done.path("id").asText());
        assertEquals("990101", done.path("region").asText());
        assertEquals(status + "/result", done.path("resultUrl").asText());
        byte[] zipFromB = zip(b, status);
        assertTrue(readme(zipFromB).contains("county 990101, year 2022, scope published"), readme(zipFromB));
        assertEquals(done.path("size").asLong(), zipFromB.length);

        // the instance that answered 202 (and may have built the zip) dies like a killed pod
        a.kill();
        assertEquals("done", JSON.readTree(b.get(status).body()).path("state").asText());
        byte[] again = zip(b, status);
        assertTrue(java.util.Arrays.equals(zipFromB, again), "the same zip, from the database");

        // and an instance started afterwards (a restart) knows the job too
        Instance c = start("c");
        assertTrue(java.util.Arrays.equals(zipFromB, zip(c, status)), "a restarted instance serves the same zip");
    }

    private Instance start(String name) throws Exception {
        Instance instance = Instance.start(name, freePort());
        started.add(instance);
        return instance.awaitUp(Duration.ofSeconds(120));
    }

    @AfterEach
    void stop() {
        started.forEach(Instance::kill);
    }

    private static JsonNode awaitState(Instance instance, String path, String state, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = instance.get(path);
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200 && state.equals(JSON.readTree(r.body()).path("state").asText())) {
                return JSON.readTree(r.body());
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " through " + instance.name + " not " + state + " within " + timeout + ": " + last
                + "\n" + instance.tail());
    }

    private static byte[] zip(Instance instance, String status) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url(status + "/result")))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"documents-990101-2022.zip\"", r.headers().firstValue("Content-Disposition").orElse(""));
        return r.body();
    }

    private static String readme(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("990101-2022/README.txt")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no README.txt in the zip");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** One aggregation-service JVM from the packaged fast-jar. */
    private static final class Instance {

        final String name;
        final int port;
        final Process process;
        final Path log;

        private Instance(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        static Instance start(String name, int port) throws IOException {
            Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar.toAbsolutePath() + " missing: run through 'mvn verify' (package builds it)");
            }
            Path log = Path.of("target", "bundle-it-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC",
                    "-Dquarkus.profile=test",
                    "-Dquarkus.http.port=" + port,
                    // the other instance's rows stay: the test profile would clean the database at start
                    "-Dquarkus.flyway.clean-at-start=false",
                    "-jar", jar.toString());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            return new Instance(name, port, builder.start(), log);
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        HttpResponse<String> get(String path) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Up: the jobs endpoint answers (404 for a job nobody started); readiness also waits for Kafka, not needed here. */
        Instance awaitUp(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    HttpResponse<String> r = get("/api/v1/documents/jobs/00000000-0000-0000-0000-000000000000");
                    if (r.statusCode() == 404) {
                        return this;
                    }
                    last = r.statusCode() + " " + r.body();
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " not up within " + timeout + " (last: " + last + "):\n" + tail());
        }

        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(15, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }
}
