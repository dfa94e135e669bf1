package org.openbudget.aggregation.asset;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.aggregation.rollup.Contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a department-year's asset state adds to the roll-ups: the fixed-asset holdings of the latest
 * 截止时间 in the year (资产总额, 车辆 count and value …) and the procurement plan by kind with the share
 * reserved for small and micro enterprises (预留中小微企业份额). Amounts in 元.
 */
public final class AssetContributions {

    private static final List<String> CATEGORIES = List.of("buildings", "officeBuildings", "vehicles",
            "equipmentOver200k", "otherFixedAssets");

    private AssetContributions() {
    }

    public static List<Contribution> holdings(JsonNode state) {
        List<Contribution> out = new ArrayList<>();
        JsonNode list = state.path("holdings");
        if (!list.isArray() || list.isEmpty()) {
            return out;
        }
        JsonNode latest = list.get(list.size() - 1); // ascending 截止时间
        add(out, "assets", "total", "value", latest.get("totalValue"));
        for (String category : CATEGORIES) {
            JsonNode row = latest.path(category);
            // 房屋 are counted in m² (area), the other categories in pieces
            add(out, "assets", category, category.endsWith("uildings") ? "area" : "quantity", row.get("quantity"));
            add(out, "assets", category, "value", row.get("value"));
        }
        return out;
    }

    public static List<Contribution> procurement(JsonNode plan) {
        List<Contribution> out = new ArrayList<>();
        if (plan == null || plan.isNull()) {
            return out;
        }
        JsonNode totals = plan.path("totals");
        add(out, "procurement", "total", "amount", totals.get("amount"));
        add(out, "procurement", "total", "smeReserved", totals.get("smeReserved"));
        add(out, "procurement", "total", "items", totals.get("items"));
        add(out, "procurement", "plannedFixedAssets", "amount", totals.get("plannedFixedAssets"));
        for (String kind : List.of("goods", "works", "services")) {
            JsonNode k = totals.path(kind);
            add(out, "procurement", kind, "amount", k.get("amount"));
            add(out, "procurement", kind, "smeReserved", k.get("smeReserved"));
            add(out, "procurement", kind, "items", k.get("items"));
        }
        return out;
    }

    private static void add(List<Contribution> out, String dimension, String item, String measure, JsonNode value) {
        if (value != null && !value.isNull() && (value.isNumber() || value.isTextual())) {
            out.add(new Contribution(dimension, item, measure, new BigDecimal(value.asText())));
        }
    }
}
