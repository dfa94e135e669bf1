package org.openbudget.seeds.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw produce→consume round trip of the broker, measured by Kafka's own tool
 * ({@code org.apache.kafka.tools.EndToEndLatency}, kafka-tools 4.3.1 on the benchmark's classpath): it sends one
 * record at a time with acks=all and waits until its consumer has it. The tool creates its topic
 * ({@code bench.roundtrip}, one partition) when missing.
 */
final class KafkaRoundTrip {

    private static final Pattern AVG = Pattern.compile("Avg latency: ([0-9.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");

    private final String bootstrap;
    private final int records;

    KafkaRoundTrip(String bootstrap, int records) {
        this.bootstrap = bootstrap;
        this.records = records;
    }

    Map<String, Object> measure() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tool", "org.apache.kafka.tools.EndToEndLatency " + bootstrap + " bench.roundtrip " + records + " all 1024");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                    System.getProperty("java.class.path"), "org.apache.kafka.tools.EndToEndLatency", bootstrap,
                    "bench.roundtrip", Integer.toString(records), "all", "1024").redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                out.put("error", "the tool failed: " + output.strip());
                return out;
            }
            Matcher avg = AVG.matcher(output);
            Matcher pct = PERCENTILES.matcher(output);
            if (!avg.find() || !pct.find()) {
                out.put("error", "unexpected output: " + output.strip());
                return out;
            }
            out.put("n", records);
            out.put("avgMs", new BigDecimal(avg.group(1)));
            out.put("p50Ms", Integer.parseInt(pct.group(1)));
            out.put("p99Ms", Integer.parseInt(pct.group(2)));
            out.put("p999Ms", Integer.parseInt(pct.group(3)));
            out.put("note", "percentiles are whole milliseconds, as the tool prints them");
        } catch (Exception e) {
            out.put("error", e.toString());
        }
        return out;
    }
}
