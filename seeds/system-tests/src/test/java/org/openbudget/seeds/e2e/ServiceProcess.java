package org.openbudget.seeds.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged service (its fast-jar) started as its own JVM, exactly as deploy/local/up runs it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String service, int port, String database, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", Repo.jar(service).toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path log = Repo.logDir().resolve(service + "-" + port + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", Repo.jdbcUrl(database));
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", Repo.kafkaBootstrap());
        // the packaged services run their prod profile: point them at the tests' realm, never the demo's
        builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", Repo.issuer());
        builder.environment().putAll(env);
        return new ServiceProcess(service, port, builder.start(), log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until {@code path} answers 200 with a body containing {@code expected}. */
    ServiceProcess awaitHttp(String path, String expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return this;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " " + path + " not as expected within " + timeout + " (last: " + last + "); log:\n" + tail());
    }

    ServiceProcess awaitReady(Duration timeout) throws Exception {
        return awaitHttp("/q/health/ready", "\"UP\"", timeout);
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
