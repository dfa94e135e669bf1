package org.openbudget.aggregation.rollup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.openbudget.disclosure.money.AmountUnit;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers dashboard questions from the stored roll-ups. A county question without a department cut
 * reads {@code rollup_total} (one pre-summed row per item); questions by department read the
 * department-year contributions, which are few per county.
 */
@ApplicationScoped
public class RollupReader {

    private final EntityManager em;
    private final DataSource dataSource;
    private final RollupCache cache;

    public RollupReader(EntityManager em, DataSource dataSource, RollupCache cache) {
        this.em = em;
        this.dataSource = dataSource;
        this.cache = cache;
    }

    /** Outside a transaction: one opened only when the answer is not kept (a kept one costs one statement). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RollupAnswer answer(RollupRequest r, boolean wanYuan) {
        // read before the data: nothing is kept under counters older than the data it was computed from
        RollupGenerations generations = RollupGenerations.read(dataSource, r.region());
        return cache.answer(generations, r, wanYuan, () -> QuarkusTransaction.requiringNew()
                .call(() -> compute(r, wanYuan, cells(r, generations), generations.labels())));
    }

    /**
     * The question's cells, merged from its counties' parts: kept parts whose county counter stands are reused,
     * the others are read in one statement.
     */
    private RollupCells cells(RollupRequest r, RollupGenerations generations) {
        RollupRequest shape = new RollupRequest(r.year(), null, r.drilldown(), r.byDepartment(), r.cuts(), r.scope(), "item", 0, 0);
        List<RollupCells> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        generations.regions().forEach((county, generation) -> {
            RollupCells kept = cache.part(shape, county, generations.labels(), generation);
            if (kept == null) {
                missing.add(county);
            } else {
                parts.add(kept);
            }
        });
        if (!missing.isEmpty()) {
            Map<String, RollupCells> read = read(r, missing.size() == generations.regions().size() ? null : missing);
            for (String county : missing) {
                RollupCells part = read.getOrDefault(county, RollupCells.EMPTY);
                cache.keepPart(shape, county, generations.labels(), generations.regions().get(county), part);
                parts.add(part);
            }
        }
        return parts.isEmpty() ? RollupCells.EMPTY : RollupCells.merge(parts);
    }

    /** One row of an answer before its page is cut: sorted on these, only the page's rows are built. */
    private record Entry(List<String> key, RollupCells.Cell current, RollupCells.Cell previous, BigDecimal orderAmount) {
    }

    private RollupAnswer compute(RollupRequest r, boolean wanYuan, RollupCells cells, long labels) {
        Map<String, String> classificationNames = r.drilldown().scheme()
                .map(scheme -> cache.classificationNames(scheme, labels, () -> classificationNames(scheme)))
                .orElse(Map.of());
        String primary = primaryMeasure(r);
        List<Entry> entries = new ArrayList<>(cells.current().size());
        Map<String, BigDecimal> totals = new TreeMap<>();
        Map<String, BigDecimal> previousTotals = new TreeMap<>();
        for (Map.Entry<List<String>, RollupCells.Cell> e : cells.current().entrySet()) {
            RollupCells.Cell now = e.getValue();
            RollupCells.Cell before = cells.previous().get(e.getKey());
            now.measures().forEach((m, v) -> totals.merge(m, v, BigDecimal::add));
            if (before != null) {
                before.measures().forEach((m, v) -> previousTotals.merge(m, v, BigDecimal::add));
            }
            String orderMeasure = now.measures().containsKey(primary) ? primary : now.firstMeasure();
            BigDecimal orderAmount = orderMeasure == null ? BigDecimal.ZERO
                    : convert(orderMeasure, now.measures().get(orderMeasure), wanYuan);
            entries.add(new Entry(e.getKey(), now, before, orderAmount));
        }
        entries.sort(order(r));
        int from = Math.min(entries.size(), r.page() * r.pageSize());
        int to = Math.min(entries.size(), from + r.pageSize());
        List<RollupRow> rows = new ArrayList<>(to - from);
        for (Entry e : entries.subList(from, to)) {
            String department = e.key().get(0);
            String item = e.key().get(1);
            Map<String, BigDecimal> measures = e.current().measures();
            Map<String, BigDecimal> prior = e.previous() == null ? null : e.previous().measures();
            rows.add(new RollupRow(department, department == null ? null : cells.departmentNames().get(department),
                    item, item == null ? null : name(r.drilldown(), item, classificationNames),
                    convert(measures, wanYuan), prior == null ? null : convert(prior, wanYuan),
                    prior == null ? null : convert(change(measures, prior), wanYuan),
                    prior == null ? null : percent(measures, prior), e.current().departments()));
        }
        return new RollupAnswer(r.year(), r.region(), r.scope().wire(), r.drilldown().wire(), r.byDepartment(),
                r.cuts().stream().map(c -> c.dimension().wire() + ":" + c.item()).toList(),
                wanYuan ? "万元" : "元", convert(totals, wanYuan),
                previousTotals.isEmpty() ? null : convert(previousTotals, wanYuan),
                entries.size(), r.page(), r.pageSize(), rows);
    }

    /** The amounts of one item across years: the time series of a cut. */
    @Transactional
    public Map<Integer, BigDecimal> series(String region, Scope scope, Dimension dimension, String item, String measure) {
        StringBuilder sql = new StringBuilder("select year, sum(amount) from rollup_total where scope = :scope "
                + "and dimension = :dimension and item = :item and measure = :measure");
        regionFilter(sql, region, "region_code");
        sql.append(" group by year order by year");
        Query q = em.createNativeQuery(sql.toString()).setParameter("scope", scope.wire())
                .setParameter("dimension", dimension.wire()).setParameter("item", item).setParameter("measure", measure);
        bindRegion(q, region);
        Map<Integer, BigDecimal> out = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] cols = (Object[]) row;
            out.put(((Number) cols[0]).intValue(), (BigDecimal) cols[1]);
        }
        return out;
    }

    /**
     * Reads the question's rows of the given counties (all counties of the request's region when {@code null}),
     * one part per county.
     */
    private Map<String, RollupCells> read(RollupRequest r, List<String> counties) {
        List<String> departments = r.cuts().stream().filter(c -> c.dimension() == Dimension.DEPARTMENT)
                .map(RollupRequest.Cut::item).toList();
        RollupRequest.Cut other = r.cuts().stream().filter(c -> c.dimension() != Dimension.DEPARTMENT).findFirst().orElse(null);
        boolean byDepartmentRows = r.drilldown() == Dimension.DEPARTMENT || r.byDepartment();
        boolean fromContributions = byDepartmentRows || !departments.isEmpty();
        String dimension = r.drilldown().wire();
        String itemEquals = null;
        String itemPrefix = null;
        if (r.drilldown() == Dimension.DEPARTMENT) {
            dimension = other == null ? Dimension.DEPARTMENT.wire() : other.dimension().wire();
            itemEquals = other == null ? null : other.item();
        } else if (other != null) {
            if (other.dimension() == r.drilldown()) {
                itemEquals = other.item();
            } else {
                itemPrefix = other.item();
            }
        }
        String deptColumn = byDepartmentRows ? "department" : "null";
        String itemColumn = r.drilldown() == Dimension.DEPARTMENT ? "null" : "item";
        // a row per department counts exactly one department: no need to make the database count distinct values
        String count = byDepartmentRows ? "1" : fromContributions ? "count(distinct department)" : "max(departments)";
        StringBuilder sql = new StringBuilder("select region_code as county, year as y, ").append(deptColumn).append(" as dept, ")
                .append(itemColumn).append(" as item, measure as m, sum(amount) as amount, ").append(count).append(" as n")
                .append(fromContributions ? " from rollup_contribution" : " from rollup_total")
                .append(" where year in (:year, :previousYear) and scope = :scope and dimension = :dimension");
        if (itemEquals != null) {
            sql.append(" and item = :itemEquals");
        }
        if (itemPrefix != null) {
            sql.append(" and (item like :itemPrefix || '%' or :itemPrefix like item || '%')");
        }
        if (!departments.isEmpty()) {
            sql.append(" and department in (:departments)");
        }
        if (counties == null) {
            regionFilter(sql, r.region(), "region_code");
        } else {
            sql.append(" and region_code in (:counties)");
        }
        sql.append(" group by 1, 2, 3, 4, 5");
        if (byDepartmentRows) {
            sql.insert(0, "select a.county, a.y, a.dept, a.item, a.m, a.amount, a.n, d.name from (")
                    .append(") a left join department_view d on d.code = a.dept");
        }
        Query q = em.createNativeQuery(sql.toString()).setParameter("year", r.year())
                .setParameter("previousYear", r.year() - 1)
                .setParameter("scope", r.scope().wire()).setParameter("dimension", dimension);
        if (itemEquals != null) {
            q.setParameter("itemEquals", itemEquals);
        }
        if (itemPrefix != null) {
            q.setParameter("itemPrefix", itemPrefix);
        }
        if (!departments.isEmpty()) {
            q.setParameter("departments", departments);
        }
        if (counties == null) {
            bindRegion(q, r.region());
        } else {
            q.setParameter("counties", counties);
        }
        Map<String, RollupCells.Builder> parts = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            RollupCells.Builder part = parts.computeIfAbsent((String) c[0], k -> new RollupCells.Builder());
            boolean isCurrent = ((Number) c[1]).intValue() == r.year();
            part.add(isCurrent, (String) c[2], (String) c[3], (String) c[4], (BigDecimal) c[5], ((Number) c[6]).intValue());
            if (isCurrent && byDepartmentRows && c[7] != null) {
                part.name((String) c[2], (String) c[7]);
            }
        }
        Map<String, RollupCells> out = new HashMap<>();
        parts.forEach((county, part) -> out.put(county, part.build()));
        return out;
    }

    private static void regionFilter(StringBuilder sql, String region, String column) {
        if (region != null) {
            sql.append(region.length() == 6 ? " and " + column + " = :region" : " and " + column + " like :region || '%'");
        }
    }

    private static void bindRegion(Query q, String region) {
        if (region != null) {
            q.setParameter("region", region);
        }
    }

    private Map<String, String> classificationNames(String scheme) {
        Map<String, String> names = new HashMap<>();
        for (Object row : em.createNativeQuery("select code, name from classification_name where scheme = :s")
                .setParameter("s", scheme).getResultList()) {
            Object[] c = (Object[]) row;
            names.put((String) c[0], (String) c[1]);
        }
        return names;
    }

    private static String name(Dimension dimension, String item, Map<String, String> classificationNames) {
        return dimension.scheme().isPresent() ? classificationNames.get(item) : Labels.of(dimension, item);
    }

    private static Map<String, BigDecimal> change(Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
        Map<String, BigDecimal> out = new TreeMap<>();
        now.forEach((m, v) -> {
            if (before.containsKey(m)) {
                out.put(m, v.subtract(before.get(m)));
            }
        });
        return out;
    }

    /** Change in percent of the prior year, 2 decimals, half-up (as "减少59.66%" is printed). */
    private static Map<String, BigDecimal> percent(Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
        Map<String, BigDecimal> out = new TreeMap<>();
        now.forEach((m, v) -> {
            BigDecimal b = before.get(m);
            if (b != null && b.signum() != 0) {
                out.put(m, v.subtract(b).multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP));
            }
        });
        return out;
    }

    private static Map<String, BigDecimal> convert(Map<String, BigDecimal> measures, boolean wanYuan) {
        Map<String, BigDecimal> out = new TreeMap<>();
        measures.forEach((m, v) -> out.put(m, convert(m, v, wanYuan)));
        return out;
    }

    private static BigDecimal convert(String measure, BigDecimal v, boolean wanYuan) {
        return !Labels.isMoney(measure) ? plain(v) : wanYuan ? AmountUnit.WAN_YUAN.fromYuan(v) : v;
    }

    /** 10.00 vehicles are 10 vehicles; 1234.50 m² stay 1234.5. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The measure rows are ordered by when ordered by amount (a cut's dimension when drilling by department). */
    private static String primaryMeasure(RollupRequest r) {
        return Labels.primaryMeasure(r.drilldown() == Dimension.DEPARTMENT
                ? r.cuts().stream().filter(c -> c.dimension() != Dimension.DEPARTMENT).findFirst()
                        .map(RollupRequest.Cut::dimension).orElse(r.drilldown())
                : r.drilldown());
    }

    private static Comparator<Entry> order(RollupRequest r) {
        Comparator<Entry> byKey = Comparator.comparing((Entry e) -> e.key().get(0) == null ? "" : e.key().get(0))
                .thenComparing(e -> e.key().get(1) == null ? "" : e.key().get(1));
        Comparator<Entry> byAmount = Comparator.comparing(Entry::orderAmount).thenComparing(byKey);
        return switch (r.order()) {
            case "-item" -> byKey.reversed();
            case "amount" -> byAmount;
            case "-amount" -> byAmount.reversed();
            default -> byKey;
        };
    }
}
