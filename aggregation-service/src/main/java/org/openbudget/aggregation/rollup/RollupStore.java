package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Keeps {@code rollup_total} equal to the sum of {@code rollup_contribution} by applying deltas: a
 * department-year's old contributions are subtracted and its new ones added, inside the intake
 * transaction. Requests then read pre-summed rows (a county: one row per item) instead of adding up
 * every department on each call.
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
    private void lockAttribution(String department) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:space, hashtext(:department))) l")
                .setParameter("space", DEPARTMENT_LOCK_SPACE).setParameter("department", department).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reset() {
        em.createNativeQuery("delete from rollup_contribution").executeUpdate();
        em.createNativeQuery("delete from rollup_total").executeUpdate();
    }

    private void subtract(String filter, Integer year, String department, String source) {
        bind(em.createNativeQuery("update rollup_total t set amount = t.amount - c.amount, departments = t.departments - 1 "
                + "from rollup_contribution c where " + filter + " and t.year = c.year and t.region_code = c.region_code "
                + "and t.scope = c.scope and t.dimension = c.dimension and t.item = c.item and t.measure = c.measure"),
                year, department, source).executeUpdate();
        em.createNativeQuery("delete from rollup_total where departments <= 0").executeUpdate();
    }

    private void add(String filter, Integer year, String department, String source) {
        bind(em.createNativeQuery("insert into rollup_total (year, region_code, scope, dimension, item, measure, amount, departments) "
                + "select c.year, c.region_code, c.scope, c.dimension, c.item, c.measure, c.amount, 1 from rollup_contribution c "
                + "where " + filter + " order by 1, 2, 3, 4, 5, 6 "
                + "on conflict (year, region_code, scope, dimension, item, measure) do update "
                + "set amount = rollup_total.amount + excluded.amount, departments = rollup_total.departments + 1"),
                year, department, source).executeUpdate();
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
