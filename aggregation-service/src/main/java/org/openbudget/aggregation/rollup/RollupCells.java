package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures one roll-up question reads, before they become an answer: per row key (department, item), the
 * measures of the asked year and of the year before, and the names of the departments among the rows. One county's
 * part is kept by {@link RollupCache} for as long as that county's counter stands; a province's answer merges its
 * counties' parts. Plain Java; kept parts are never modified (merging copies).
 *
 * @param current         row key → cell, the asked year
 * @param previous        row key → cell, the year before
 * @param departmentNames department code → name, for rows by department
 */
public record RollupCells(Map<List<String>, Cell> current, Map<List<String>, Cell> previous,
                          Map<String, String> departmentNames) {

    /**
     * One row's amounts by measure and how many departments contribute to it.
     *
     * @param measures    measure → amount (元 for money); unmodifiable once built
     * @param departments contributing departments
     */
    public record Cell(Map<String, BigDecimal> measures, int departments) {

        /** The alphabetically first measure: the one an answer orders by when it lacks the dimension's main measure. */
        String firstMeasure() {
            String first = null;
            for (String m : measures.keySet()) {
                if (first == null || m.compareTo(first) < 0) {
                    first = m;
                }
            }
            return first;
        }
    }

    public static final RollupCells EMPTY = new RollupCells(Map.of(), Map.of(), Map.of());

    /** The number of cells held, for the cache's bound. */
    int size() {
        return current.size() + previous.size();
    }

    /**
     * Adds up several counties' parts. Departments belong to one county, so a row's department counts add up;
     * a row present in one part only is shared, not copied.
     */
    public static RollupCells merge(Collection<RollupCells> parts) {
        if (parts.size() == 1) {
            return parts.iterator().next();
        }
        Map<List<String>, Cell> current = new HashMap<>();
        Map<List<String>, Cell> previous = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (RollupCells part : parts) {
            add(current, part.current());
            add(previous, part.previous());
            names.putAll(part.departmentNames());
        }
        return new RollupCells(current, previous, names);
    }

    private static void add(Map<List<String>, Cell> into, Map<List<String>, Cell> part) {
        for (Map.Entry<List<String>, Cell> e : part.entrySet()) {
            into.merge(e.getKey(), e.getValue(), RollupCells::sum);
        }
    }

    private static Cell sum(Cell a, Cell b) {
        Map<String, BigDecimal> measures = new TreeMap<>(a.measures());
        b.measures().forEach((m, v) -> measures.merge(m, v, BigDecimal::add));
        return new Cell(Map.copyOf(measures), a.departments() + b.departments());
    }

    /** Collects one statement's rows into cells; {@link #build()} freezes them. */
    static final class Builder {
        /** Measure names repeat in every row: one instance each keeps kept parts small. */
        private static final Map<String, String> MEASURE_NAMES = new ConcurrentHashMap<>();

        private final Map<List<String>, Map<String, BigDecimal>> current = new LinkedHashMap<>();
        private final Map<List<String>, Map<String, BigDecimal>> previous = new LinkedHashMap<>();
        private final Map<List<String>, Integer> currentCounts = new HashMap<>();
        private final Map<List<String>, Integer> previousCounts = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        void add(boolean isCurrent, String department, String item, String measure, BigDecimal amount, int departments) {
            List<String> key = java.util.Arrays.asList(department, item);
            (isCurrent ? current : previous).computeIfAbsent(key, k -> new HashMap<>())
                    .put(MEASURE_NAMES.computeIfAbsent(measure, m -> m), amount);
            (isCurrent ? currentCounts : previousCounts).merge(key, departments, Math::max);
        }

        void name(String department, String name) {
            names.put(department, name);
        }

        RollupCells build() {
            return new RollupCells(freeze(current, currentCounts), freeze(previous, previousCounts), Map.copyOf(names));
        }

        private static Map<List<String>, Cell> freeze(Map<List<String>, Map<String, BigDecimal>> cells,
                                                      Map<List<String>, Integer> counts) {
            Map<List<String>, Cell> out = new HashMap<>();
            cells.forEach((key, measures) -> out.put(key, new Cell(Map.copyOf(measures), counts.get(key))));
            return out;
        }
    }
}
