package org.openbudget.aggregation.rollup;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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

    /** Reads the counters of {@code region} (a county, a prefix, or {@code null} for all) in one statement. */
    static RollupGenerations read(EntityManager em, String region) {
        StringBuilder sql = new StringBuilder("select cast(null as varchar) as region, labels as generation from rollup_generation where id = 1"
                + " union all select region_code, generation from rollup_region_generation");
        if (region != null) {
            sql.append(region.length() == 6 ? " where region_code = :region" : " where region_code like :region || '%'");
        }
        Query q = em.createNativeQuery(sql.toString());
        if (region != null) {
            q.setParameter("region", region);
        }
        long labels = 0;
        SortedMap<String, Long> regions = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            long generation = ((Number) c[1]).longValue();
            if (c[0] == null) {
                labels = generation;
            } else {
                regions.put((String) c[0], generation);
            }
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
