package org.openbudget.aggregation.rollup;

import java.util.Map;

/** Chinese labels of the non-classification items, as the disclosure tables print them. */
final class Labels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("fund:generalBudget", "一般公共预算"),
            Map.entry("fund:governmentFund", "政府性基金预算"),
            Map.entry("fund:stateCapital", "国有资本经营预算"),
            Map.entry("fund:other", "其他资金"),
            Map.entry("type:basic", "基本支出"),
            Map.entry("type:project", "项目支出"),
            Map.entry("type:operating", "经营支出"),
            Map.entry("type:superiorRemittance", "上解上级支出"),
            Map.entry("type:affiliateSubsidy", "对附属单位补助支出"),
            Map.entry("type:personnel", "人员经费"),
            Map.entry("type:publicUse", "公用经费"),
            Map.entry("threePublic:subtotal", "“三公”经费"),
            Map.entry("threePublic:outbound", "因公出国（境）费"),
            Map.entry("threePublic:outboundTeaching", "教学科研人员因公出国（境）费"),
            Map.entry("threePublic:outboundOther", "其他因公出国（境）费"),
            Map.entry("threePublic:vehicle", "公务用车购置及运行维护费"),
            Map.entry("threePublic:vehiclePurchase", "公务用车购置费"),
            Map.entry("threePublic:vehicleOperation", "公务用车运行维护费"),
            Map.entry("threePublic:reception", "公务接待费"),
            Map.entry("agencyOperation:total", "机关运行经费"),
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
        if (dimension == Dimension.PRIOR_YEAR) {
            return "上年" + LABELS.getOrDefault("type:" + item, LABELS.getOrDefault("threePublic:" + item, item));
        }
        return LABELS.get(dimension.wire() + ":" + item);
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
