package org.openbudget.aggregation.rollup;

import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.ThreePublicItem;

import java.util.Map;
import java.util.Optional;

/**
 * Chinese labels of the non-classification items. The budget's (资金性质 funds, 支出类型 types, "三公" items, prior-year
 * figures) are the model's, as the documents print them; what only the dashboard shows is named here.
 */
final class Labels {

    private static final Map<String, String> OWN = Map.ofEntries(
            Map.entry("type:personnel", EconomicFigures.PERSONNEL),
            Map.entry("type:publicUse", EconomicFigures.PUBLIC_USE),
            Map.entry("agencyOperation:total", PriorYearItem.AGENCY_OPERATION.label()),
            Map.entry("assets:total", "资产总额"),
            Map.entry("assets:buildings", "房屋"),
            Map.entry("assets:officeBuildings", "其中：办公用房"),
            Map.entry("assets:vehicles", "车辆"),
            Map.entry("assets:equipmentOver200k", "单价20万元以上设备"),
            Map.entry("assets:otherFixedAssets", "其他固定资产"),
            Map.entry("procurement:total", "政府采购预算"),
            Map.entry("procurement:goods", "货物类"),
            Map.entry("procurement:works", "工程类"),
            Map.entry("procurement:services", "服务类"),
            Map.entry("procurement:plannedFixedAssets", "本年度拟购置固定资产"),
            Map.entry("performance:projects", "项目绩效目标表"),
            Map.entry("performance:indicators", "绩效指标"),
            Map.entry("performance:projectAmount", "绩效目标覆盖的项目资金"),
            Map.entry("performance:departments", "编报绩效目标的部门"));

    private Labels() {
    }

    static String of(Dimension dimension, String item) {
        Optional<String> model = switch (dimension) {
            case FUND -> Fund.byWireName(item).map(Fund::label);
            case TYPE -> ExpenditureType.byWireName(item).map(ExpenditureType::label);
            case THREE_PUBLIC -> ThreePublicItem.byWireName(item).map(ThreePublicItem::label);
            case PRIOR_YEAR -> Optional.of("上年" + PriorYearItem.byWireName(item).map(PriorYearItem::label).orElse(item));
            default -> Optional.empty();
        };
        return model.orElseGet(() -> OWN.get(dimension.wire() + ":" + item));
    }

    /** Measures that count or measure things, not money: never converted to 万元. */
    static boolean isMoney(String measure) {
        return !(measure.equals("count") || measure.equals("quantity") || measure.equals("items") || measure.equals("area"));
    }

    /** The measure ordering by amount uses. */
    static String primaryMeasure(Dimension dimension) {
        return switch (dimension) {
            case DEPARTMENT -> "expenditure";
            case ASSETS -> "value";
            case PROCUREMENT -> "amount";
            case PERFORMANCE -> "count";
            default -> "total";
        };
    }
}
