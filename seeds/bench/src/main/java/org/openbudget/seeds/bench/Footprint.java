package org.openbudget.seeds.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service's resident memory (VmRSS and its peak VmHWM from /proc, PIDs from .local-stack/pids) at the end of
 * the run, and its start-up time: the last "started in" of its log.
 */
final class Footprint {

    static final List<String> SERVICES = List.of("budget-service", "performance-service", "asset-service", "aggregation-service");

    private Footprint() {
    }

    static void measure(Path root, Report report) {
        measure(root, report, "footprint", "footprint ");
    }

    /** Reports under {@code key}, each line labelled {@code label + service}. */
    static void measure(Path root, Report report, String key, String label) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Map<String, Object> r = new LinkedHashMap<>();
            try {
                String pid = Files.readString(root.resolve(".local-stack/pids/" + service + ".pid")).strip();
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        r.put("rssMB", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                    } else if (line.startsWith("VmHWM:")) {
                        r.put("peakRssMB", Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                    }
                }
                r.put("commandLine", String.join(" ", Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0")));
                Path log = root.resolve(".local-stack/logs/" + service + ".log");
                if (Files.exists(log)) {
                    Matcher m = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
                    while (m.find()) {
                        r.put("startupSeconds", Double.parseDouble(m.group(1)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                r.put("error", e.toString());
            }
            out.put(service, r);
            report.line(label + service, String.format("RSS %s MB (peak %s MB), start-up %s s%s", r.get("rssMB"),
                    r.get("peakRssMB"), r.get("startupSeconds"), r.containsKey("error") ? " " + r.get("error") : ""));
        }
        report.put(key, out);
    }
}
