package org.openbudget.seeds.load;

import org.openbudget.disclosure.money.Amounts;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PlanBody;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.AssetTable;
import org.openbudget.seeds.parse.model.ProcurementTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Section 七 (固定资产占用情况表) and section 六 (政府采购预算) for asset-service. */
final class AssetBodies {

    private AssetBodies() {
    }

    static HoldingBody holdings(AssetTable t, String fallbackUnit, Warnings warnings) {
        if (t == null || t.asOf() == null) {
            return null;
        }
        String unit = t.unit() != null ? t.unit() : fallbackUnit;
        return new HoldingBody(unit, value(t, "totalValue"), row(t, "buildings", false, warnings),
                row(t, "officeBuildings", false, warnings), row(t, "vehicles", true, warnings),
                row(t, "equipmentOver200k", true, warnings), row(t, "otherFixedAssets", true, warnings));
    }

    private static BigDecimal value(AssetTable t, String key) {
        return t.row(key).map(AssetTable.AssetRow::value).orElse(null);
    }

    private static HoldingBody.Row row(AssetTable t, String key, boolean counted, Warnings warnings) {
        AssetTable.AssetRow r = t.row(key).orElse(null);
        if (r == null || r.quantity() == null && r.value() == null) {
            return null;
        }
        BigDecimal quantity = r.quantity();
        if (counted && quantity != null && quantity.stripTrailingZeros().scale() > 0) {
            warnings.add(r.line(), WarningKind.SKIPPED, "quantity " + quantity + " of " + r.name() + " is not a whole number: left blank");
            quantity = null;
        }
        return new HoldingBody.Row(quantity, r.value());
    }

    /**
     * The plan's lines; an empty printed table is {@code items: []}. A plan stated only as a total (no
     * table) is not loaded: an empty list would say there is none.
     */
    static PlanBody plan(ProcurementTable t, Warnings warnings) {
        if (t == null) {
            return null;
        }
        if (t.rows().isEmpty() && t.statedTotal() != null && t.statedTotal().signum() != 0) {
            warnings.add(t.line(), WarningKind.NOT_LOADED, "政府采购预算 of " + t.statedTotal() + " " + t.unit()
                    + " has no printed lines: nothing loaded");
            return null;
        }
        List<PlanBody.Item> items = new ArrayList<>();
        BigDecimal total = null;
        for (ProcurementTable.ProcurementRow r : t.rows()) {
            PlanBody.Item item = item(r, warnings);
            if (item != null) {
                items.add(item);
                total = Amounts.sum(total, item.amount());
            }
        }
        BigDecimal stated = t.statedTotal();
        if (stated != null && (total == null ? stated.signum() != 0 : total.compareTo(stated) != 0)) {
            warnings.add(t.line(), WarningKind.MISMATCH, "the text states 政府采购预算 " + stated + " " + t.unit()
                    + ", the lines add up to " + (total == null ? "0" : total.toPlainString()));
        }
        return new PlanBody(t.unit(), items);
    }

    private static PlanBody.Item item(ProcurementTable.ProcurementRow r, Warnings warnings) {
        Map<String, String> s = r.texts();
        Map<String, BigDecimal> a = r.amounts();
        String kind = kind(s.get("catalogCode"));
        if (s.get("itemName") == null || a.get("amount") == null || kind == null) {
            warnings.add(r.line(), WarningKind.SKIPPED, "procurement line skipped: it needs 采购物品名称, 合计 and a 目录序号 "
                    + "starting with A, B or C (货物, 工程, 服务)");
            return null;
        }
        PlanBody.Funding funding = new PlanBody.Funding(a.get("generalBudget"), a.get("governmentFund"), a.get("stateCapital"),
                a.get("fiscalSpecialAccount"), a.get("unitFunds"), a.get("fiscalCarryOver"), a.get("nonFiscalCarryOver"));
        boolean blankFunding = Amounts.allBlank(funding.generalBudget(), funding.governmentFund(), funding.stateCapital(),
                funding.fiscalSpecialAccount(), funding.unitFunds(), funding.fiscalCarryOver(), funding.nonFiscalCarryOver());
        return new PlanBody.Item(s.get("projectName"), a.get("projectBudget"), s.get("itemName"), s.get("catalogCode"), kind,
                s.get("measureUnit"), a.get("quantity"), a.get("unitPrice"), a.get("amount"), blankFunding ? null : funding,
                a.get("smeReserved"), false);
    }

    /** 货物 / 工程 / 服务 by the first letter of the 政府采购品目分类目录 code. */
    static String kind(String catalogCode) {
        if (catalogCode == null || catalogCode.isEmpty()) {
            return null;
        }
        return switch (Character.toUpperCase(catalogCode.charAt(0))) {
            case 'A' -> "货物";
            case 'B' -> "工程";
            case 'C' -> "服务";
            default -> null;
        };
    }
}
