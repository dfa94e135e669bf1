package org.openbudget.aggregation.rollup;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One roll-up question's rows over a region's counties, merged, and kept up to date county by county: when one county
 * of a province changes, only the rows that county has (or had) are summed again from the counties' parts, and the
 * totals are adjusted by those rows' old and new sums, so a change costs that county's rows, not the province's
 * (15,000 departments). The rows are kept sorted by key, so a page in key order is read without sorting them all.
 * Equal to {@link RollupCells#merge} of the same parts, totals included (the unit test compares them).
 * <p>
 * Not thread-safe: {@link RollupCache} hands it out under its lock.
 */
final class RegionView {

    /** The answer's key order: department, then item, an absent one first (as "" would sort). */
    static final Comparator<List<String>> KEY_ORDER = Comparator
            .comparing((List<String> k) -> k.get(0) == null ? "" : k.get(0))
            .thenComparing(k -> k.get(1) == null ? "" : k.get(1));

    private long labels = Long.MIN_VALUE;
    private final Map<String, Long> generations = new HashMap<>();
    private final Map<String, RollupCells> parts = new HashMap<>();
    private final NavigableMap<List<String>, RollupCells.Cell> current = new TreeMap<>(KEY_ORDER);
    private final Map<List<String>, RollupCells.Cell> previous = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    /** The asked year's totals over all rows, and the prior year's over the rows the asked year has. */
    private final Totals totals = new Totals();
    private final Totals previousTotals = new Totals();

    /**
     * The counties whose part this view lacks or holds under an older counter than {@code target}'s: all of them when
     * the labels moved on, none when the view is already past the target's labels (a reader that read its counters
     * before a newer one brought the view up: it is answered from the newer data, never taken back to older labels).
     */
    List<String> stale(RollupGenerations target) {
        if (target.labels() > labels) {
            return List.copyOf(target.regions().keySet());
        }
        if (target.labels() < labels) {
            return List.of();
        }
        return target.regions().entrySet().stream()
                .filter(e -> !generations.containsKey(e.getKey()) || generations.get(e.getKey()) < e.getValue())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Brings the view to {@code target}: {@code fresh} holds the part of every county {@link #stale} named (read
     * under {@code target}'s counters or later). A county the view holds under a newer counter than the target's
     * keeps its part (never back to older data); counties no longer in the region are dropped.
     */
    void update(RollupGenerations target, Map<String, RollupCells> fresh) {
        if (target.labels() > labels) {
            rebuild(target, fresh);
            return;
        }
        Map<String, RollupCells> changed = new HashMap<>(fresh);
        for (String county : parts.keySet()) {
            if (!target.regions().containsKey(county)) {
                changed.put(county, RollupCells.EMPTY);
            }
        }
        if (changed.size() * 4 > Math.max(parts.size(), 1) * 3) {
            rebuild(target, fresh);
            return;
        }
        Set<List<String>> affected = new HashSet<>();
        for (Map.Entry<String, RollupCells> e : changed.entrySet()) {
            RollupCells before = parts.getOrDefault(e.getKey(), RollupCells.EMPTY);
            affected.addAll(before.current().keySet());
            affected.addAll(before.previous().keySet());
            affected.addAll(e.getValue().current().keySet());
            affected.addAll(e.getValue().previous().keySet());
        }
        for (List<String> key : affected) {
            count(key, -1);
        }
        changed.forEach((county, part) -> {
            if (part == RollupCells.EMPTY && !target.regions().containsKey(county)) {
                parts.remove(county);
                generations.remove(county);
            } else {
                parts.put(county, part);
                generations.put(county, target.regions().get(county));
            }
        });
        for (List<String> key : affected) {
            sum(key);
            count(key, +1);
        }
    }

    private void rebuild(RollupGenerations target, Map<String, RollupCells> fresh) {
        Map<String, RollupCells> kept = new HashMap<>(parts);
        Map<String, Long> keptGenerations = new HashMap<>(generations);
        labels = target.labels();
        parts.clear();
        generations.clear();
        current.clear();
        previous.clear();
        names.clear();
        totals.clear();
        previousTotals.clear();
        target.regions().forEach((county, generation) -> {
            // a county not read again is held under a counter at least the target's (see stale): it stays
            boolean read = fresh.containsKey(county);
            parts.put(county, read ? fresh.get(county) : kept.getOrDefault(county, RollupCells.EMPTY));
            generations.put(county, read ? generation : keptGenerations.getOrDefault(county, generation));
        });
        RollupCells merged = RollupCells.merge(parts.values());
        current.putAll(merged.current());
        previous.putAll(merged.previous());
        names.putAll(merged.departmentNames());
        for (List<String> key : current.keySet()) {
            count(key, +1);
        }
    }

    /** One row summed again from the counties' parts (a row of a by-department question has one county). */
    private void sum(List<String> key) {
        RollupCells.Cell now = null;
        RollupCells.Cell before = null;
        String name = null;
        for (RollupCells part : parts.values()) {
            RollupCells.Cell c = part.current().get(key);
            if (c != null) {
                now = now == null ? c : RollupCells.sum(now, c);
                String n = key.get(0) == null ? null : part.departmentNames().get(key.get(0));
                name = n != null ? n : name;
            }
            RollupCells.Cell p = part.previous().get(key);
            if (p != null) {
                before = before == null ? p : RollupCells.sum(before, p);
            }
        }
        put(current, key, now);
        put(previous, key, before);
        if (key.get(0) != null) {
            if (name != null) {
                names.put(key.get(0), name);
            } else if (now != null) {
                names.remove(key.get(0));
            }
        }
    }

    private static void put(Map<List<String>, RollupCells.Cell> cells, List<String> key, RollupCells.Cell cell) {
        if (cell == null) {
            cells.remove(key);
        } else {
            cells.put(key, cell);
        }
    }

    /** Adds ({@code sign} +1) or takes away (-1) one row's share of both totals. */
    private void count(List<String> key, int sign) {
        RollupCells.Cell now = current.get(key);
        if (now == null) {
            return;
        }
        totals.add(now.measures(), sign);
        RollupCells.Cell before = previous.get(key);
        if (before != null) {
            previousTotals.add(before.measures(), sign);
        }
    }

    /** The cells it holds, its counties' parts included: what it costs to keep. */
    int size() {
        int cells = current.size() + previous.size();
        for (RollupCells part : parts.values()) {
            cells += part.size();
        }
        return cells;
    }

    NavigableMap<List<String>, RollupCells.Cell> current() {
        return current;
    }

    Map<List<String>, RollupCells.Cell> previous() {
        return previous;
    }

    Map<String, String> departmentNames() {
        return names;
    }

    SortedMap<String, BigDecimal> totals() {
        return totals.sums();
    }

    SortedMap<String, BigDecimal> previousTotals() {
        return previousTotals.sums();
    }

    /** Per measure, the sum over rows and how many rows have it: a measure no row has any more is gone, not 0. */
    private static final class Totals {
        private final Map<String, BigDecimal> sums = new HashMap<>();
        private final Map<String, Integer> rows = new HashMap<>();

        void add(Map<String, BigDecimal> measures, int sign) {
            measures.forEach((m, v) -> {
                int n = rows.merge(m, sign, Integer::sum);
                if (n == 0) {
                    rows.remove(m);
                    sums.remove(m);
                } else {
                    sums.merge(m, sign > 0 ? v : v.negate(), BigDecimal::add);
                }
            });
        }

        SortedMap<String, BigDecimal> sums() {
            return new TreeMap<>(sums);
        }

        void clear() {
            sums.clear();
            rows.clear();
        }
    }
}
