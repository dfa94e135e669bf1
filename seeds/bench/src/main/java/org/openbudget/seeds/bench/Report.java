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

    void line(String label, String text) {
        lines.add(String.format("%-48s %s", label, text));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String key) {
        return (Map<String, Object>) json.get(key);
    }
}
