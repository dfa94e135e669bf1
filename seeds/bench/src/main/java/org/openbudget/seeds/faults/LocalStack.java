package org.openbudget.seeds.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The processes of the local stack (deploy/local/up), driven the way an operator's bad day would: a {@code kill -9}
 * by the PID file deploy/local keeps, a PostgreSQL cluster stopped and started with {@code pg_ctlcluster}. Starting
 * goes through deploy/local/lib.sh's own functions, so a restarted service runs exactly as {@code up} runs it.
 */
final class LocalStack {

    private final Path root;
    private final Path state;
    private final Path log;

    LocalStack(Path root) throws IOException {
        this.root = root;
        String dir = System.getenv("LOCAL_STACK_DIR");
        this.state = dir != null ? Path.of(dir) : root.resolve(".local-stack");
        this.log = state.resolve("logs/faults-stack.log");
        Files.createDirectories(log.getParent());
    }

    /** SIGKILL, no shutdown hook, no chance to flush or close: waits until the process is gone. */
    void kill9(String name) throws IOException, InterruptedException {
        Path pidFile = state.resolve("pids/" + name + ".pid");
        if (!Files.isRegularFile(pidFile)) {
            throw new IllegalStateException(name + " is not running under deploy/local (no " + pidFile + ")");
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().join();
    }

    void startKafka() throws IOException, InterruptedException {
        lib("kafka_start");
    }

    /** Starts the service and returns once its readiness check says UP. */
    void startService(String service, int port) throws IOException, InterruptedException {
        lib("service_start " + service + " " + port + " && wait_ready " + service + " " + port);
    }

    /** A clean ("fast") shutdown of the whole cluster: every connection of every service is cut. */
    void stopPostgres() throws IOException, InterruptedException {
        lib("read -r ver name <<<\"$(pg_cluster)\"; pg_ctlcluster \"$ver\" \"$name\" stop -m fast");
    }

    void startPostgres() throws IOException, InterruptedException {
        lib("read -r ver name <<<\"$(pg_cluster)\"; pg_ctlcluster \"$ver\" \"$name\" start;"
                + " for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && exit 0; sleep 0.5; done; exit 1");
    }

    private void lib(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("bash", "-c", "source '" + root.resolve("deploy/local/lib.sh") + "' && " + script))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(Duration.ofMinutes(3).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + script + " (log: " + log + ")");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + script + " (log: " + log + ")");
        }
    }
}
