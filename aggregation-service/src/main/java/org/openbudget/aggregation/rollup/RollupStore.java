package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Keeps {@code rollup_total} equal to the sum of {@code rollup_contribution} by deltas: a department-year's old
 * contributions are subtracted and its new ones added. The deltas are appended inside the intake transaction and
 * applied to the totals once, when it commits (migration V11): a batch of events touches each total row once, and
 * no total row is held locked while the batch runs. Requests then read pre-summed rows (a county: one row per
 * item) instead of adding up every department on each call.
 */
@ApplicationScoped
public class RollupStore {

    /** The region of departments whose department event has not arrived yet. */
    public static final String UNKNOWN_REGION = "000000";

    private final EntityManager em;

    public RollupStore(EntityManager em) {
        this.em = em;
    }

    /** Advisory-lock namespace of "a department's county attribution" (any constant unused by other locks here). */
    private static final int DEPARTMENT_LOCK_SPACE = 0x0b_de9a;

    /**
     * The county a department belongs to as far as the read model knows, or {@link #UNKNOWN_REGION}. Holds the
     * department's attribution lock until the transaction ends: see {@link #lockAttribution}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String regionOf(String department) {
        lockAttribution(department);
        // one column, not the department entity with its JSON profile texts (this runs on every budget event)
        List<?> region = em.createNativeQuery("select region_code from department_view where code = :code")
                .setParameter("code", department).getResultList();
        return region.isEmpty() ? UNKNOWN_REGION : (String) region.get(0);
    }

    /** Replaces what {@code source} (budget, performance, asset) contributes for one department-year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(int year, String department, String source, String region, Map<Scope, List<Contribution>> contributions) {
        subtract("c.year = :year and c.department = :department and c.source = :source", year, department, source);
        em.createNativeQuery("delete from rollup_contribution where year = :year and department = :department and source = :source")
                .setParameter("year", year).setParameter("department", department).setParameter("source", source)
                .executeUpdate();
        // one JDBC batch: a department-year contributes a few hundred rows
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into rollup_contribution "
                    + "(year, department, source, scope, region_code, dimension, item, measure, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<Scope, List<Contribution>> scoped : contributions.entrySet()) {
                    for (Contribution c : merge(scoped.getValue())) {
                        insert.setInt(1, year);
                        insert.setString(2, department);
                        insert.setString(3, source);
                        insert.setString(4, scoped.getKey().wire());
                        insert.setString(5, region);
                        insert.setString(6, c.dimension());
                        insert.setString(7, c.item());
                        insert.setString(8, c.measure());
                        insert.setBigDecimal(9, c.amount());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        add("c.year = :year and c.department = :department and c.source = :source", year, department, source);
    }

    /** Moves a department's contributions to its (new) county, e.g. when its department event arrives late. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reattribute(String department, String region) {
        lockAttribution(department);
        Number moving = (Number) em.createNativeQuery(
                        "select count(*) from rollup_contribution where department = :department and region_code <> :region")
                .setParameter("department", department).setParameter("region", region).getSingleResult();
        if (moving.longValue() == 0) {
            return;
        }
        subtract("c.department = :department", null, department, null);
        em.createNativeQuery("update rollup_contribution set region_code = :region where department = :department")
                .setParameter("region", region).setParameter("department", department).executeUpdate();
        add("c.department = :department", null, department, null);
    }

    /**
     * Serialises, per department, the two kinds of transaction that race across the intake's channels: a department
     * event moving the department's contributions to its county ({@link #reattribute}), and a budget, performance or
     * asset event filing contributions under the county it reads ({@link #regionOf}). Under READ COMMITTED, without
     * this, an asset event could read "no county yet" while the department event's reattribution — not seeing the
     * asset event's uncommitted rows — moved nothing, and those contributions stayed under 000000 for good. The fault
     * suite caught it when a broker outage released the three topics' backlogs at once. With the lock, whichever
     * commits second sees the first: a late department event moves the rows, a late asset event reads the county.
     */
    /**
     * Takes the attribution locks of all these departments at once, in one order (sorted), before a batch applies
     * its events: two batches whose departments overlap then never wait for each other crosswise (the locks are
     * re-entrant, so {@link #regionOf} and {@link #reattribute} taking one again later cost nothing more).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAttributions(java.util.Collection<String> departments) {
        String[] sorted = new java.util.TreeSet<>(departments).toArray(String[]::new);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            // one round trip; the sorted subquery makes the locks be taken in that order
            try (var lock = connection.prepareStatement("select count(pg_advisory_xact_lock(?, hashtext(d))) "
                    + "from (select d from unnest(?::text[]) d order by d collate \"C\") s")) {
                lock.setInt(1, DEPARTMENT_LOCK_SPACE);
                lock.setArray(2, connection.createArrayOf("text", sorted));
                lock.executeQuery().close();
            }
        });
    }

    private void lockAttribution(String department) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:space, hashtext(:department))) l")
                .setParameter("space", DEPARTMENT_LOCK_SPACE).setParameter("department", department).getSingleResult();
    }

    private void subtract(String filter, Integer year, String department, String source) {
        delta("-c.amount, -1", filter, year, department, source);
    }

    private void add(String filter, Integer year, String department, String source) {
        delta("c.amount, 1", filter, year, department, source);
    }

    /**
     * Appends what the filtered contributions take away from or add to their totals; the deferred trigger of
     * V11 applies the transaction's net deltas to {@code rollup_total} when it commits (append-only here: no
     * total row is locked while the rest of the transaction runs).
     */
    private void delta(String signedAmountAndCount, String filter, Integer year, String department, String source) {
        bind(em.createNativeQuery("insert into rollup_total_delta (tx, year, region_code, scope, dimension, item, measure, amount, departments) "
                + "select txid_current(), c.year, c.region_code, c.scope, c.dimension, c.item, c.measure, " + signedAmountAndCount
                + " from rollup_contribution c where " + filter), year, department, source).executeUpdate();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Integer year, String department, String source) {
        query.setParameter("department", department);
        if (year != null) {
            query.setParameter("year", year);
        }
        if (source != null) {
            query.setParameter("source", source);
        }
        return query;
    }

    /** One row per (dimension, item, measure): a calculator may emit the same cell twice. */
    private static List<Contribution> merge(List<Contribution> contributions) {
        Map<List<String>, Contribution> merged = new java.util.LinkedHashMap<>();
        for (Contribution c : contributions) {
            merged.merge(List.of(c.dimension(), c.item(), c.measure()), c,
                    (a, b) -> new Contribution(a.dimension(), a.item(), a.measure(), a.amount().add(b.amount())));
        }
        return List.copyOf(merged.values());
    }
}
