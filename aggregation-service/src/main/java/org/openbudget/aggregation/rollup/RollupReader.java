package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.openbudget.disclosure.money.AmountUnit;

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
    private final RollupCache cache;

    public RollupReader(EntityManager em, RollupCache cache) {
        this.em = em;
        this.cache = cache;
    }

    /** Row key → (measure → amount) and the number of contributing departments. */
    private record Cell(Map<String, BigDecimal> measures, int departments) {
    }

    /** Both years' cells and the names of the departments among them, read in one statement. */
    private record Cells(Map<List<String>, Cell> current, Map<List<String>, Cell> previous,
                         Map<String, String> departmentNames) {
    }

    @Transactional
    public RollupAnswer answer(RollupRequest r, boolean wanYuan) {
        // read before the data: an answer is never cached under a generation older than what it was computed from
        long generation = ((Number) em.createNativeQuery("select generation from rollup_generation where id = 1")
                .getSingleResult()).longValue();
        return cache.answer(generation, r, wanYuan, () -> compute(r, wanYuan));
    }

    private RollupAnswer compute(RollupRequest r, boolean wanYuan) {
        Cells cells = read(r);
        Map<List<String>, Cell> current = cells.current();
        Map<List<String>, Cell> previous = cells.previous();
        Map<String, String> departmentNames = cells.departmentNames();
        Map<String, String> classificationNames = classificationNames(r.drilldown());

        List<RollupRow> rows = new ArrayList<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        Map<String, BigDecimal> previousTotals = new TreeMap<>();
        for (Map.Entry<List<String>, Cell> e : current.entrySet()) {
            String department = e.getKey().get(0);
            String item = e.getKey().get(1);
            Map<String, BigDecimal> measures = e.getValue().measures();
            Cell before = previous.get(e.getKey());
            Map<String, BigDecimal> prior = before == null ? null : before.measures();
            measures.forEach((m, v) -> totals.merge(m, v, BigDecimal::add));
            if (prior != null) {
                prior.forEach((m, v) -> previousTotals.merge(m, v, BigDecimal::add));
            }
            rows.add(new RollupRow(department, department == null ? null : departmentNames.get(department),
                    item, item == null ? null : name(r.drilldown(), item, classificationNames),
                    convert(measures, wanYuan), prior == null ? null : convert(prior, wanYuan),
                    prior == null ? null : convert(change(measures, prior), wanYuan),
                    prior == null ? null : percent(measures, prior), e.getValue().departments()));
        }
        rows.sort(order(r));
        int from = Math.min(rows.size(), r.page() * r.pageSize());
        int to = Math.min(rows.size(), from + r.pageSize());
        return new RollupAnswer(r.year(), r.region(), r.scope().wire(), r.drilldown().wire(), r.byDepartment(),
                r.cuts().stream().map(c -> c.dimension().wire() + ":" + c.item()).toList(),
                wanYuan ? "万元" : "元", convert(totals, wanYuan),
                previousTotals.isEmpty() ? null : convert(previousTotals, wanYuan),
                rows.size(), r.page(), r.pageSize(), List.copyOf(rows.subList(from, to)));
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

    private Cells read(RollupRequest r) {
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
        StringBuilder sql = new StringBuilder("select year as y, ").append(deptColumn).append(" as dept, ")
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
        regionFilter(sql, r.region(), "region_code");
        sql.append(" group by 1, 2, 3, 4");
        if (byDepartmentRows) {
            sql.insert(0, "select a.y, a.dept, a.item, a.m, a.amount, a.n, d.name from (")
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
        bindRegion(q, r.region());
        Map<List<String>, Cell> current = new LinkedHashMap<>();
        Map<List<String>, Cell> previous = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            boolean isCurrent = ((Number) c[0]).intValue() == r.year();
            Map<List<String>, Cell> cells = isCurrent ? current : previous;
            List<String> key = java.util.Arrays.asList((String) c[1], (String) c[2]);
            Cell cell = cells.computeIfAbsent(key, k -> new Cell(new TreeMap<>(), 0));
            cell.measures().put((String) c[3], (BigDecimal) c[4]);
            int n = ((Number) c[5]).intValue();
            if (n > cell.departments()) {
                cells.put(key, new Cell(cell.measures(), n));
            }
            if (isCurrent && byDepartmentRows && c[6] != null) {
                names.put((String) c[1], (String) c[6]);
            }
        }
        return new Cells(current, previous, names);
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

    private Map<String, String> classificationNames(Dimension dimension) {
        Map<String, String> names = new HashMap<>();
        dimension.scheme().ifPresent(scheme -> {
            for (Object row : em.createNativeQuery("select code, name from classification_name where scheme = :s")
                    .setParameter("s", scheme).getResultList()) {
                Object[] c = (Object[]) row;
                names.put((String) c[0], (String) c[1]);
            }
        });
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
        measures.forEach((m, v) -> out.put(m, !Labels.isMoney(m) ? plain(v)
                : wanYuan ? AmountUnit.WAN_YUAN.fromYuan(v) : v));
        return out;
    }

    /** 10.00 vehicles are 10 vehicles; 1234.50 m² stay 1234.5. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Comparator<RollupRow> order(RollupRequest r) {
        Comparator<RollupRow> byKey = Comparator.comparing((RollupRow row) -> row.department() == null ? "" : row.department())
                .thenComparing(row -> row.item() == null ? "" : row.item());
        String primary = Labels.primaryMeasure(r.drilldown() == Dimension.DEPARTMENT && !r.cuts().isEmpty()
                && r.cuts().stream().anyMatch(c -> c.dimension() != Dimension.DEPARTMENT)
                ? r.cuts().stream().filter(c -> c.dimension() != Dimension.DEPARTMENT).findFirst().get().dimension()
                : r.drilldown());
        Comparator<RollupRow> byAmount = Comparator.comparing((RollupRow row) ->
                row.measures().getOrDefault(primary, row.measures().values().stream().findFirst().orElse(BigDecimal.ZERO)))
                .thenComparing(byKey);
        return switch (r.order()) {
            case "-item" -> byKey.reversed();
            case "amount" -> byAmount;
            case "-amount" -> byAmount.reversed();
            default -> byKey;
        };
    }
}
