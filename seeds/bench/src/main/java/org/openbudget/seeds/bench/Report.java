package org.openbudget.seeds.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a benchmark run prints (one line per figure) and writes as JSON (the full figures). */
final class Report {

    final Map<String, Object> json = new LinkedHashMap<>();
    final List<String> lines = new ArrayList<>();

    void put(String key, Object value) {
        json.put(key, value);
    }

    /** Adds a line of the final table; shown at once on standard error too, so a long run shows its progress. */
    void line(String label, String text) {
        String line = String.format("%-48s %s", label, text);
        lines.add(line);
        System.err.println(line);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String key) {
        return (Map<String, Object>) json.get(key);
    }
}
