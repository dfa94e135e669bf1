package org.openbudget.seeds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to ready of each service alone: one after the other, the service is stopped (SIGTERM, as
 * {@code deploy/local/down} stops it) and started again as {@code deploy/local/up} starts it — lib.sh's
 * {@code service_launch}, from the same installed copy of its build, with the benchmark's environment
 * ({@code SERVICE_JAVA_OPTS}, {@code SERVICE_CDS}) — timed from the start until {@code /q/health/ready} answers UP,
 * polled every 20 ms. The others keep running, so the figure is a restart of one replica beside a running platform.
 * Run last: it restarts the JVMs whose memory the run measured.
 */
final class StartupBench {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final long GIVE_UP_NANOS = 180_000_000_000L;

    private final Path root;
    private final Http http;

    StartupBench(Path root, Http http) {
        this.root = root;
        this.http = http;
    }

    void measure(Map<String, String> readyUrls, Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> service : readyUrls.entrySet()) {
            Map<String, Object> r = new LinkedHashMap<>();
            try {
                r.putAll(restart(service.getKey(), service.getValue()));
            } catch (Exception e) {
                r.put("error", e.toString());
            }
            out.put(service.getKey(), r);
            report.line("start-up to ready, alone: " + service.getKey(), r.containsKey("error") ? "not measured: " + r.get("error")
                    : String.format("%s s (Quarkus \"started in\" %s s; %s s of CPU; RSS when ready %s MB)", r.get("readySeconds"),
                    r.get("startedInSeconds"), r.get("cpuSecondsToReady"), r.get("rssWhenReadyMB")));
        }
        report.put("startup", out);
    }

    /** Runs {@code command} after sourcing deploy/local/lib.sh, with $2 = service and $3 = port; returns its output. */
    private String lib(String command, String service, String port) throws Exception {
        Process shell = new ProcessBuilder("bash", "-c", "source \"$1/deploy/local/lib.sh\" && " + command, "lib",
                root.toAbsolutePath().toString(), service, port).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (shell.waitFor() != 0) {
            throw new IllegalStateException(command + ": " + output);
        }
        return output;
    }

    private Map<String, Object> restart(String service, String readyUrl) throws Exception {
        // a first start of a build has recorded its classes but not written them yet (up does, the fault suite does not):
        // written now, so that the start measured maps them as every later start does
        lib("service_cds_dump \"$2\" 2>/dev/null || true", service, "");
        Path pidFile = root.resolve(".local-stack/pids/" + service + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        Path log = root.resolve(".local-stack/logs/" + service + ".log");

        ProcessHandle old = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " (pid " + pid + ") is not running"));
        old.destroy();
        try {
            old.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            old.destroyForcibly();
            old.onExit().get();
        }
        long logStart = Files.exists(log) ? Files.size(log) : 0;

        String port = readyUrl.replaceAll("^https?://[^:/]+:(\\d+)/.*$", "$1");
        long start = System.nanoTime();
        String newPid = lib("service_launch \"$2\" \"$3\" 2>/dev/null && cat \"$PIDS/$2.pid\"", service, port);
        if (!newPid.matches("\\d+")) {
            throw new IllegalStateException("service_launch " + service + " failed: " + newPid);
        }
        long ready;
        while (true) {
            try {
                var answer = http.sendAnonymous(readyUrl);
                if (answer.statusCode() == 200 && answer.body().matches("(?s).*\"status\"\\s*:\\s*\"UP\".*")) {
                    ready = System.nanoTime();
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (ProcessHandle.of(Long.parseLong(newPid)).isEmpty()) {
                throw new IllegalStateException(service + " exited during start-up: see " + log);
            }
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                throw new IllegalStateException(service + " not ready after 180 s");
            }
            Thread.sleep(20);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("readySeconds", Stats.ms(ready - start).movePointLeft(3));
        byte[] bytes = Files.readAllBytes(log);
        int from = (int) Math.min(logStart, bytes.length);
        String written = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        Matcher m = STARTED.matcher(written);
        while (m.find()) {
            r.put("startedInSeconds", Double.parseDouble(m.group(1)));
        }
        // the CPU it took (user + system, all threads; /proc/PID/stat in clock ticks of 1/100 s): on a busy machine the
        // wall time waits for cores, this does not
        String[] stat = Files.readString(Path.of("/proc/" + newPid + "/stat")).replaceFirst("^.*\\) ", "").split(" ");
        r.put("cpuSecondsToReady", new java.math.BigDecimal(Long.parseLong(stat[11]) + Long.parseLong(stat[12])).movePointLeft(2));
        for (String line : Files.readAllLines(Path.of("/proc/" + newPid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                r.put("rssWhenReadyMB", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            }
        }
        r.put("pid", Long.parseLong(newPid));
        r.put("commandLine", String.join(" ", Files.readString(Path.of("/proc/" + newPid + "/cmdline")).split("\0")));
        return r;
    }
}
