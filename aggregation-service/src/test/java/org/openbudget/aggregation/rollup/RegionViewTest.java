package org.openbudget.aggregation.rollup;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A view kept up to date county by county equals the plain merge of the same parts after every change — rows,
 * prior-year rows, totals (a measure no row has any more is absent, not 0) and names. Random counties, rows and
 * changes (fixed seeds, so a failure repeats), both with rows shared by counties (an item drill-down) and rows of
 * one county each (by department).
 */
class RegionViewTest {

    private static final String[] MEASURES = {"total", "basic", "project", "vehicles"};

    @Test
    void sharedRows() {
        for (int seed = 1; seed <= 20; seed++) {
            run(new Random(seed), false);
        }
    }

    @Test
    void rowsOfOneCountyEach() {
        for (int seed = 101; seed <= 120; seed++) {
            run(new Random(seed), true);
        }
    }

    @Test
    void aReaderWithOlderLabelsIsAnsweredFromTheNewerViewNotTakenBack() {
        RegionView view = new RegionView();
        RollupCells part = part(new Random(7), "970101", false);
        view.update(new RollupGenerations(5, new TreeMap<>(Map.of("970101", 3L))), Map.of("970101", part));
        assertEquals(List.of(), view.stale(new RollupGenerations(4, new TreeMap<>(Map.of("970101", 9L)))));
        assertEquals(List.of(), view.stale(new RollupGenerations(5, new TreeMap<>(Map.of("970101", 2L)))));
        assertEquals(List.of("970101"), view.stale(new RollupGenerations(6, new TreeMap<>(Map.of("970101", 3L)))));
        assertEquals(List.of("970101"), view.stale(new RollupGenerations(5, new TreeMap<>(Map.of("970101", 4L)))));
        assertEquals(part.size() + part.current().size() + part.previous().size(), view.size());
    }

    private static void run(Random random, boolean byDepartment) {
        RegionView view = new RegionView();
        Map<String, RollupCells> parts = new TreeMap<>();
        Map<String, Long> counters = new TreeMap<>();
        long labels = 1;
        for (int c = 0; c < 6; c++) {
            String county = "9701" + String.format("%02d", c);
            parts.put(county, part(random, county, byDepartment));
            counters.put(county, 1L);
        }
        apply(view, labels, counters, parts, new ArrayList<>(parts.keySet()));
        check(view, parts);
        for (int step = 0; step < 40; step++) {
            List<String> counties = new ArrayList<>(parts.keySet());
            String county = counties.get(random.nextInt(counties.size()));
            int what = random.nextInt(10);
            List<String> changed = new ArrayList<>();
            if (what == 0) {
                labels++; // every part read again
                changed.addAll(parts.keySet());
            } else if (what == 1) {
                String added = "9702" + String.format("%02d", step); // a county's first data
                parts.put(added, part(random, added, byDepartment));
                counters.put(added, 1L);
                changed.add(added);
            } else if (what == 2 && parts.size() > 1) {
                parts.remove(county); // gone from the region
                counters.remove(county);
            } else {
                parts.put(county, random.nextInt(5) == 0 ? RollupCells.EMPTY : part(random, county, byDepartment));
                counters.merge(county, 1L, Long::sum);
                changed.add(county);
            }
            apply(view, labels, counters, parts, changed);
            check(view, parts);
        }
    }

    private static void apply(RegionView view, long labels, Map<String, Long> counters, Map<String, RollupCells> parts,
                              List<String> expectedStale) {
        RollupGenerations target = new RollupGenerations(labels, new TreeMap<>(counters));
        List<String> stale = view.stale(target);
        assertEquals(new java.util.TreeSet<>(expectedStale), new java.util.TreeSet<>(stale), "the counties read again");
        Map<String, RollupCells> fresh = new HashMap<>();
        stale.forEach(c -> fresh.put(c, parts.get(c)));
        view.update(target, fresh);
    }

    private static void check(RegionView view, Map<String, RollupCells> parts) {
        RollupCells merged = RollupCells.merge(parts.isEmpty() ? List.of(RollupCells.EMPTY) : parts.values());
        assertEquals(new HashMap<>(merged.current()), new HashMap<>(view.current()));
        assertEquals(new HashMap<>(merged.previous()), new HashMap<>(view.previous()));
        SortedMap<String, BigDecimal> totals = new TreeMap<>();
        SortedMap<String, BigDecimal> previousTotals = new TreeMap<>();
        merged.current().forEach((key, cell) -> {
            cell.measures().forEach((m, v) -> totals.merge(m, v, BigDecimal::add));
            RollupCells.Cell before = merged.previous().get(key);
            if (before != null) {
                before.measures().forEach((m, v) -> previousTotals.merge(m, v, BigDecimal::add));
            }
        });
        assertEquals(totals, view.totals());
        assertEquals(previousTotals, view.previousTotals());
        for (List<String> key : merged.current().keySet()) {
            if (key.get(0) != null) {
                assertEquals(merged.departmentNames().get(key.get(0)), view.departmentNames().get(key.get(0)));
            }
        }
        List<List<String>> sorted = new ArrayList<>(merged.current().keySet());
        sorted.sort(RegionView.KEY_ORDER);
        assertEquals(sorted, new ArrayList<>(view.current().keySet()), "kept in key order");
    }

    /** A county's rows: items 201–206 shared by counties, or departments of its own; measures at random. */
    private static RollupCells part(Random random, String county, boolean byDepartment) {
        RollupCells.Builder b = new RollupCells.Builder();
        int rows = 1 + random.nextInt(6);
        for (int i = 0; i < rows; i++) {
            String department = byDepartment ? county + "-D" + random.nextInt(4) : null;
            String item = byDepartment ? null : "20" + (1 + random.nextInt(6));
            for (boolean isCurrent : new boolean[] {true, false}) {
                if (!isCurrent && random.nextBoolean()) {
                    continue;
                }
                for (String m : MEASURES) {
                    if (random.nextInt(3) > 0) {
                        b.add(isCurrent, department, item, m, BigDecimal.valueOf(random.nextInt(100_000) - 20_000, 2), 1);
                    }
                }
            }
            if (department != null) {
                b.name(department, "部门" + department + "-" + random.nextInt(3));
            }
        }
        return b.build();
    }
}
