package org.openbudget.aggregation.document.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * the README, which is enough to tell whose zip it is. The other tests stop the instance building a bundle — killed,
 * or gracefully — and the other one finishes it.
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

    /**
     * The worker building a job dies (kill -9 of its JVM) in the middle: once its lease has run out the other
     * instance claims the job and builds it from the start. Region 990102 gets 10000 departments in
     * {@code department_view} (without budgets: each is a line of the county summary), so a build takes long enough
     * to be caught running; whichever instance claimed it is the one killed.
     */
    @Test
    void aJobWhoseBuilderIsKilledIsFinishedByTheOtherInstance() throws Exception {
        assertEquals(2, stopTheBuilderMidway(false), "claimed by the killed instance, then by the survivor");
    }

    /**
     * A graceful stop (SIGTERM: a rolling update, a scale-down) gives the job back at once: the other instance claims
     * it without waiting for the lease, and the stopped instance's claim is not counted against the job.
     */
    @Test
    void aJobWhoseBuilderStopsGracefullyIsGivenBackAndNotCounted() throws Exception {
        assertEquals(1, stopTheBuilderMidway(true), "the given-back claim is not counted");
    }

    /** Starts a bundle, stops the instance building it mid-way, and answers the job's attempts once the other finished it. */
    private int stopTheBuilderMidway(boolean graceful) throws Exception {
        int departments = 10000;
        try (Connection db = database()) {
            sql(db, "delete from department_view where region_code = '990102'");
            sql(db, "insert into department_view (code, name, region_code, region_name, units, source_version, source_event_id, "
                    + "source_updated_at, applied_at) select 'it' || g, 'IT department ' || g, '990102', 'IT county', '[]'::jsonb, 1, "
                    + "gen_random_uuid(), now(), now() from generate_series(1, " + departments + ") g");
            try {
                Instance a = start("a");
                Instance b = start("b");
                HttpResponse<String> accepted = a.get("/api/v1/documents/2022?region=990102");
                assertEquals(202, accepted.statusCode(), accepted.body());
                String id = JSON.readTree(accepted.body()).path("id").asText();
                String status = "/api/v1/documents/jobs/" + id;

                String owner = awaitBuilder(db, id, Duration.ofSeconds(60));
                Instance builder = owner.startsWith("it-a/") ? a : b;
                Instance survivor = builder == a ? b : a;
                if (graceful) {
                    builder.stop();
                } else {
                    builder.kill();
                    JsonNode killedAt = JSON.readTree(survivor.get(status).body());
                    assertEquals("running", killedAt.path("state").asText(), "killed while running: " + killedAt);
                }

                JsonNode done = awaitState(survivor, status, "done", Duration.ofSeconds(240));
                assertEquals(departments, done.path("departments").asInt());
                assertEquals(departments, done.path("completed").asInt());
                assertTrue(readme(zip(survivor, status, "990102")).contains("departments: " + departments + ", with a budget in this scope: 0"));
                assertEquals(0, count(db, "select count(*) from bundle_zip_chunk where job_id = '" + id + "' and run_id <> "
                        + "(select run_id from bundle_job where id = '" + id + "')"), "the stopped run's chunks are gone");
                return (int) count(db, "select attempts from bundle_job where id = '" + id + "'");
            } finally {
                sql(db, "delete from department_view where region_code = '990102'");
            }
        }
    }

    /** The lease owner of the job once it runs, read from the shared table. */
    private static String awaitBuilder(Connection db, String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = db.prepareStatement("select state, completed, lease_owner from bundle_job where id = ?::uuid")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        if ("running".equals(r.getString("state"))) {
                            return r.getString("lease_owner");
                        }
                        if (!"queued".equals(r.getString("state")) && !"running".equals(r.getString("state"))) {
                            throw new AssertionError("job " + id + " is " + r.getString("state") + " before it was caught running");
                        }
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + id + " not running within " + timeout);
    }

    /** The tests' database, as the test profile of application.properties names it. */
    private static Connection database() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (InputStream in = BundleAcrossInstancesIT.class.getResourceAsStream("/application.properties")) {
            config.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return DriverManager.getConnection(config.getProperty("%test.quarkus.datasource.jdbc.url"),
                config.getProperty("quarkus.datasource.username"), config.getProperty("quarkus.datasource.password"));
    }

    private static void sql(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
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
        return zip(instance, status, "990101");
    }

    private static byte[] zip(Instance instance, String status, String region) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url(status + "/result")))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"documents-" + region + "-2022.zip\"", r.headers().firstValue("Content-Disposition").orElse(""));
        return r.body();
    }

    private static String readme(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith("-2022/README.txt")) {
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
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC",
                    "-Dquarkus.profile=test",
                    "-Dquarkus.http.port=" + port,
                    // the other instance's rows stay: the test profile would clean the database at start
                    "-Dquarkus.flyway.clean-at-start=false",
                    // the lease owner (bundle_job.lease_owner) starts with it: the test sees which instance builds
                    "-Dopenbudget.instance.id=it-" + name,
                    // a dead builder's job is claimed again 5 s after its last renewal (renewed every 1.7 s meanwhile)
                    "-Dopenbudget.documents.bundle.lease=PT5S"));
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
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

        /** SIGTERM: Quarkus shuts down gracefully. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " did not stop within 30 s:\n" + tail());
            }
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
