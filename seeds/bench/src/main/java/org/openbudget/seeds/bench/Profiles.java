package org.openbudget.seeds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code --profile}: a JFR recording of each running service (jcmd JFR.start with the JDK's "profile" settings:
 * a stack sample of every running Java thread every 10–20 ms) for the span of one phase of the run, dumped to
 * {@code .local-stack/bench/profiles/<time>-<phase>-<service>.jfr} and summarised: the methods most often on top of
 * the sampled stacks, the packages they are in, and our own methods most often on a stack at all. Open a recording
 * with JDK Mission Control or {@code jfr print --events jdk.ExecutionSample} for the whole stacks.
 */
final class Profiles {

    private static final int TOP = 25;
    private static final int SHOWN = 5;

    private final Path root;
    private final Path dir;
    private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    Profiles(Path root) {
        this.root = root;
        this.dir = root.resolve(".local-stack/bench/profiles");
    }

    /** Starts a recording named after the phase in every service; a service that refuses is left out (said at stop). */
    void start(String phase) {
        for (String service : Footprint.SERVICES) {
            try {
                jcmd(pid(service), "JFR.start", "name=bench-" + phase, "settings=profile");
            } catch (Exception e) {
                // reported when the recording is missing at stop
            }
        }
    }

    /** Dumps and stops the phase's recordings and reports each service's summary under {@code profiles.<phase>}. */
    void stop(String phase, Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String service : Footprint.SERVICES) {
            Map<String, Object> r = new LinkedHashMap<>();
            try {
                Files.createDirectories(dir);
                Path file = dir.resolve(stamp + "-" + phase + "-" + service + ".jfr");
                long pid = pid(service);
                jcmd(pid, "JFR.dump", "name=bench-" + phase, "filename=" + file.toAbsolutePath());
                jcmd(pid, "JFR.stop", "name=bench-" + phase);
                r.put("file", root.relativize(file).toString());
                r.putAll(summarise(file));
                Files.writeString(dir.resolve(stamp + "-" + phase + "-" + service + ".txt"), text(service, phase, r));
            } catch (Exception e) {
                r.put("error", e.toString());
            }
            out.put(service, r);
            report.line("profile " + phase + " " + service, r.containsKey("error") ? "not recorded: " + r.get("error")
                    : String.format("%s samples; top frames: %s", r.get("samples"), shown(r, "topFrames")));
            if (!r.containsKey("error")) {
                report.line("", "packages on top: " + shown(r, "topPackages"));
                report.line("", "own methods on the stack: " + shown(r, "ownMethodsOnStack"));
            }
        }
        Map<String, Object> all = report.json.containsKey("profiles") ? report.section("profiles") : new LinkedHashMap<>();
        all.put(phase, out);
        report.put("profiles", all);
    }

    private long pid(String service) throws IOException {
        return Long.parseLong(Files.readString(root.resolve(".local-stack/pids/" + service + ".pid")).strip());
    }

    private void jcmd(long pid, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("Could not") || output.contains("failed")) {
            throw new IOException("jcmd " + String.join(" ", command) + ": " + output.strip());
        }
    }

    /** Counts the execution samples by top frame, by the top frame's package, and by our own methods anywhere on the stack. */
    static Map<String, Object> summarise(Path recording) throws IOException {
        Map<String, Integer> frames = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                RecordedFrame top = stack.getFrames().get(0);
                String type = top.getMethod().getType().getName();
                frames.merge(type + "." + top.getMethod().getName(), 1, Integer::sum);
                packages.merge(packageOf(type), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame f : stack.getFrames()) {
                    String t = f.getMethod().getType().getName();
                    // Quarkus's generated interceptor subclasses and client proxies, and lambdas' hidden classes, only
                    // repeat the method they wrap or call
                    if (t.startsWith("org.openbudget.") && !t.contains("_Subclass") && !t.contains("_ClientProxy")
                            && !t.contains("$$Lambda") && !f.getMethod().getName().contains("$$")) {
                        String m = t.substring("org.openbudget.".length()) + "." + f.getMethod().getName();
                        if (seen.add(m)) {
                            own.merge(m, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("samples", samples);
        out.put("topFrames", top(frames, samples));
        out.put("topPackages", top(packages, samples));
        out.put("ownMethodsOnStack", top(own, samples));
        return out;
    }

    /** The first three segments of a package (org.hibernate.engine, com.fasterxml.jackson, java.util.HashMap → java.util). */
    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        int n = Math.min(3, parts.length - 1);
        return n <= 0 ? type : String.join(".", java.util.Arrays.copyOf(parts, n));
    }

    private static Map<String, String> top(Map<String, Integer> counts, int samples) {
        Map<String, String> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> out.put(e.getKey(), String.format("%d (%.1f %%)", e.getValue(), 100.0 * e.getValue() / Math.max(1, samples))));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String shown(Map<String, Object> r, String key) {
        List<String> parts = new ArrayList<>();
        ((Map<String, String>) r.get(key)).entrySet().stream().limit(SHOWN)
                .forEach(e -> parts.add((key.equals("topPackages") ? e.getKey() : shortName(e.getKey())) + " "
                        + e.getValue().replaceAll("^\\d+ \\((.*)\\)$", "$1")));
        return String.join(", ", parts);
    }

    private static String shortName(String method) {
        String[] parts = method.split("\\.");
        return parts.length <= 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    @SuppressWarnings("unchecked")
    private static String text(String service, String phase, Map<String, Object> r) {
        StringBuilder b = new StringBuilder(service + ", phase " + phase + ": " + r.get("samples") + " execution samples (" + r.get("file") + ")\n");
        for (String key : List.of("topFrames", "topPackages", "ownMethodsOnStack")) {
            b.append("\n").append(key).append(":\n");
            ((Map<String, String>) r.get(key)).forEach((k, v) -> b.append(String.format("  %-14s %s%n", v, k)));
        }
        return b.toString();
    }
}
