package org.openbudget.aggregation.rollup;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging counties' parts and comparing counters: plain Java. */
class RollupCellsTest {

    private static RollupCells part(String item, String total, int departments, String name) {
        RollupCells.Builder b = new RollupCells.Builder();
        b.add(true, null, item, "total", new BigDecimal(total), departments);
        b.add(true, null, item, "basic", new BigDecimal(total), departments - 1);
        b.add(false, null, item, "total", new BigDecimal("1.00"), 1);
        if (name != null) {
            b.name("D" + item, name);
        }
        return b.build();
    }

    @Test
    void partsAddUpRowByRowAndDepartmentCountsAddAcrossCounties() {
        RollupCells east = part("201", "100.50", 3, "东");
        RollupCells west = part("201", "20.25", 2, "西");
        RollupCells north = part("208", "7.00", 1, null);
        RollupCells merged = RollupCells.merge(List.of(east, west, north));
        RollupCells.Cell c201 = merged.current().get(Arrays.asList(null, "201"));
        assertEquals(new BigDecimal("120.75"), c201.measures().get("total"));
        assertEquals(new BigDecimal("120.75"), c201.measures().get("basic"));
        assertEquals(5, c201.departments(), "3 + 2: a department belongs to one county");
        assertEquals(new BigDecimal("2.00"), merged.previous().get(Arrays.asList(null, "201")).measures().get("total"));
        assertSame(north.current().get(Arrays.asList(null, "208")), merged.current().get(Arrays.asList(null, "208")));
        assertEquals(Map.of("D201", "西"), Map.of("D201", merged.departmentNames().get("D201")));
        // the kept parts are untouched
        assertEquals(new BigDecimal("100.50"), east.current().get(Arrays.asList(null, "201")).measures().get("total"));
        assertSame(east, RollupCells.merge(List.of(east)));
        assertEquals("basic", c201.firstMeasure());
    }

    @Test
    void countersCoverOnlyWhenNoneIsOlder() {
        RollupGenerations older = new RollupGenerations(4, new TreeMap<>(Map.of("970101", 7L, "970102", 3L)));
        RollupGenerations newer = new RollupGenerations(4, new TreeMap<>(Map.of("970101", 8L, "970102", 3L)));
        RollupGenerations moreCounties = new RollupGenerations(4, new TreeMap<>(Map.of("970101", 8L, "970102", 3L, "970103", 1L)));
        RollupGenerations newerLabels = new RollupGenerations(5, new TreeMap<>(Map.of("970101", 7L, "970102", 3L)));
        assertTrue(newer.covers(older));
        assertFalse(older.covers(newer));
        assertTrue(older.covers(older));
        assertTrue(moreCounties.covers(newer));
        assertFalse(newer.covers(moreCounties), "a county it has not seen may hold data it lacks");
        assertFalse(newerLabels.covers(newer));
        assertFalse(newer.covers(newerLabels));
    }
}
