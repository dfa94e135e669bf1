package org.openbudget.aggregation.asset;

import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.AssetYearChanged.Holding;
import org.openbudget.aggregation.event.AssetYearChanged.KindTotal;
import org.openbudget.aggregation.event.AssetYearChanged.Plan;
import org.openbudget.aggregation.event.AssetYearChanged.Row;
import org.openbudget.aggregation.event.AssetYearChanged.Totals;
import org.openbudget.aggregation.rollup.Contribution;
import org.openbudget.aggregation.rollup.Dimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a department-year's asset state adds to the roll-ups: the fixed-asset holdings of the latest
 * 截止时间 in the year (资产总额, 车辆 count and value …) and the procurement plan by kind with the share
 * reserved for small and micro enterprises (预留中小微企业份额). Amounts in 元.
 */
public final class AssetContributions {

    private AssetContributions() {
    }

    public static List<Contribution> holdings(AssetYearChanged state) {
        List<Contribution> out = new ArrayList<>();
        Holding latest = state.latestHolding();
        if (latest == null) {
            return out;
        }
        add(out, "total", "value", latest.totalValue());
        Map<String, Row> categories = new LinkedHashMap<>();
        categories.put("buildings", latest.buildings());
        categories.put("officeBuildings", latest.officeBuildings());
        categories.put("vehicles", latest.vehicles());
        categories.put("equipmentOver200k", latest.equipmentOver200k());
        categories.put("otherFixedAssets", latest.otherFixedAssets());
        categories.forEach((category, row) -> {
            if (row != null) {
                // 房屋 are measured in m² (area), the other categories counted in pieces
                add(out, category, category.endsWith("uildings") ? "area" : "quantity", row.quantity());
                add(out, category, "value", row.value());
            }
        });
        return out;
    }

    public static List<Contribution> procurement(Plan plan) {
        List<Contribution> out = new ArrayList<>();
        if (plan == null || plan.totals() == null) {
            return out;
        }
        Totals totals = plan.totals();
        addProcurement(out, "total", "amount", totals.amount());
        addProcurement(out, "total", "smeReserved", totals.smeReserved());
        addProcurement(out, "total", "items", count(totals.items()));
        addProcurement(out, "plannedFixedAssets", "amount", totals.plannedFixedAssets());
        Map<String, KindTotal> kinds = new LinkedHashMap<>();
        kinds.put("goods", totals.goods());
        kinds.put("works", totals.works());
        kinds.put("services", totals.services());
        kinds.forEach((kind, total) -> {
            if (total != null) {
                addProcurement(out, kind, "amount", total.amount());
                addProcurement(out, kind, "smeReserved", total.smeReserved());
                addProcurement(out, kind, "items", count(total.items()));
            }
        });
        return out;
    }

    private static BigDecimal count(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    private static void add(List<Contribution> out, String item, String measure, BigDecimal value) {
        Contribution.add(out, Dimension.ASSETS, item, measure, value);
    }

    private static void addProcurement(List<Contribution> out, String item, String measure, BigDecimal value) {
        Contribution.add(out, Dimension.PROCUREMENT, item, measure, value);
    }
}
