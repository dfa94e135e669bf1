package org.openbudget.aggregation.rollup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counters a roll-up answer for a region is valid under (migration V12): the labels counter, shared by every
 * county (classification names; a reset), and each county's own counter, bumped by every commit that changes that
 * county's roll-up rows or the name of one of its departments. An answer computed after reading these counters is
 * at least as new as they say, so it may be reused for as long as they stay the same.
 *
 * @param labels  the shared counter
 * @param regions county code → its counter, for every county of the region that ever held data
 */
public record RollupGenerations(long labels, SortedMap<String, Long> regions) {

    /**
     * Reads the counters of {@code region} (a county, a prefix, or {@code null} for all) in one statement, on a
     * connection of its own outside any transaction: a request answered from the cache costs this statement and
     * nothing else (no transaction, no persistence context).
     */
    static RollupGenerations read(DataSource dataSource, String region) {
        String sql = "select cast(null as varchar) as region, labels as generation from rollup_generation where id = 1"
                + " union all select region_code, generation from rollup_region_generation"
                + (region == null ? "" : region.length() == 6 ? " where region_code = ?" : " where region_code like ? || '%'");
        long labels = 0;
        SortedMap<String, Long> regions = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (region != null) {
                s.setString(1, region);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String county = rows.getString(1);
                    if (county == null) {
                        labels = rows.getLong(2);
                    } else {
                        regions.put(county, rows.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the roll-up counters: " + e.getMessage(), e);
        }
        return new RollupGenerations(labels, regions);
    }

    /**
     * Whether these counters are at least those of {@code other} everywhere: an answer kept under {@code this}
     * must not be replaced by one computed from older data.
     */
    public boolean covers(RollupGenerations other) {
        if (labels < other.labels) {
            return false;
        }
        for (Map.Entry<String, Long> e : other.regions.entrySet()) {
            Long mine = regions.get(e.getKey());
            if (mine == null || mine < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
