package org.openbudget.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads {@link ItemSeries} from the county sums ({@code rollup_total}), one statement for all items and years. */
@ApplicationScoped
public class ItemSeriesReader {

    private final EntityManager em;

    public ItemSeriesReader(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public ItemSeries read(String region, Scope scope, Dimension dimension, String measure, boolean wanYuan) {
        StringBuilder sql = new StringBuilder("select item, year, sum(amount) from rollup_total where scope = :scope "
                + "and dimension = :dimension and measure = :measure");
        if (region != null) {
            sql.append(region.length() == 6 ? " and region_code = :region" : " and region_code like :region || '%'");
        }
        sql.append(" group by item, year order by item, year");
        Query q = em.createNativeQuery(sql.toString()).setParameter("scope", scope.wire())
                .setParameter("dimension", dimension.wire()).setParameter("measure", measure);
        if (region != null) {
            q.setParameter("region", region);
        }
        Map<String, Map<Integer, BigDecimal>> values = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        boolean money = Labels.isMoney(measure);
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            int year = ((Number) c[1]).intValue();
            BigDecimal amount = (BigDecimal) c[2];
            years.add(year);
            values.computeIfAbsent((String) c[0], k -> new TreeMap<>())
                    .put(year, money && wanYuan ? AmountUnit.WAN_YUAN.fromYuan(amount) : amount);
        }
        Map<String, String> names = names(dimension);
        List<ItemSeries.Item> items = new ArrayList<>();
        values.forEach((item, byYear) -> items.add(new ItemSeries.Item(item,
                dimension.scheme().isPresent() || dimension == Dimension.DEPARTMENT ? names.get(item) : Labels.of(dimension, item),
                byYear)));
        return new ItemSeries(dimension.wire(), region, scope.wire(), measure, wanYuan ? "万元" : "元",
                List.copyOf(years), items);
    }

    private Map<String, String> names(Dimension dimension) {
        Map<String, String> names = new HashMap<>();
        Query q = dimension == Dimension.DEPARTMENT
                ? em.createNativeQuery("select code, name from department_view")
                : dimension.scheme().isPresent()
                ? em.createNativeQuery("select code, name from classification_name where scheme = :s")
                        .setParameter("s", dimension.scheme().get())
                : null;
        if (q != null) {
            for (Object row : q.getResultList()) {
                Object[] c = (Object[]) row;
                names.put((String) c[0], (String) c[1]);
            }
        }
        return names;
    }
}
