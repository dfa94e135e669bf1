package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Grid;
import org.openbudget.aggregation.document.model.Block.GridCell;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.AssetYearChanged.Holding;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * 七、国有资产信息 — fixed assets as of the end of the prior year (the seed's 2022 document: 2021-12-31), their
 * parts, the planned purchases of the year (from the procurement plan) and the 部门固定资产占用情况表.
 */
public final class AssetSection {

    static final String TITLE = "七、国有资产信息";

    private record Category(String label, String part, Function<Holding, AssetYearChanged.Row> row) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("1、房屋（平方米）", "房屋", Holding::buildings),
            new Category("其中：办公用房（平方米）", null, Holding::officeBuildings),
            new Category("2、车辆（台、辆）", "车辆", Holding::vehicles),
            new Category("3、单价在 20 万元以上的设备", "单价在20万元以上的设备", Holding::equipmentOver200k),
            new Category("4、其他固定资产", "其他固定资产", Holding::otherFixedAssets));

    private AssetSection() {
    }

    public static Section build(Holding holding, AssetYearChanged.Plan plan, String department, String departmentName, int year) {
        List<Block> blocks = new ArrayList<>();
        BigDecimal planned = plannedFixedAssets(plan);
        String purchases = "本年度拟购置固定资产总额为 " + WAN_YUAN.fixed(planned) + " 万元，已按要求列入政府采购预算，详见政府采购预算表。";
        if (holding == null) {
            blocks.add(Paragraph.of("暂无" + departmentName + "固定资产占用情况数据。" + purchases));
            blocks.add(new Grid("部门固定资产占用情况表", List.of(department + " " + departmentName), 3, header(),
                    List.of(), List.of("注：无固定资产占用情况，空表列示。")));
            return new Section(TITLE, blocks);
        }
        boolean priorYearEnd = LocalDate.of(year - 1, 12, 31).toString().equals(holding.asOf());
        StringBuilder s = new StringBuilder(priorYearEnd ? "" : "截至" + holding.asOf() + "，").append(departmentName)
                .append("（含所属单位）").append(priorYearEnd ? "上年末" : "").append("固定资产金额为 ")
                .append(WAN_YUAN.fixed(total(holding))).append(" 万元（详见下表）");
        List<String> parts = new ArrayList<>();
        for (Category c : CATEGORIES) {
            AssetYearChanged.Row row = c.row().apply(holding);
            if (c.part() != null && row != null && row.value() != null && row.value().signum() != 0) {
                parts.add(c.part() + " " + WAN_YUAN.fixed(row.value()) + " 万元");
            }
        }
        if (!parts.isEmpty()) {
            s.append("，其中").append(String.join("、", parts));
        }
        blocks.add(Paragraph.of(s.append("。").append(purchases).toString()));

        List<List<GridCell>> body = new ArrayList<>();
        body.add(List.of(GridCell.text("资产总额"), GridCell.text(null), GridCell.of(Cell.amount(WAN_YUAN.fromYuan(total(holding))))));
        for (Category c : CATEGORIES) {
            AssetYearChanged.Row row = c.row().apply(holding);
            body.add(List.of(GridCell.text(c.label()),
                    GridCell.text(row == null || row.quantity() == null ? null : row.quantity().stripTrailingZeros().toPlainString()),
                    GridCell.of(Cell.amount(row == null ? null : WAN_YUAN.fromYuan(row.value())))));
        }
        blocks.add(new Grid("部门固定资产占用情况表", List.of(department + " " + departmentName, "截止时间：" + holding.asOf()),
                3, header(), body, List.of()));
        return new Section(TITLE, blocks);
    }

    /** 资产总额 as entered, or the sum of the four categories (办公用房 is part of 房屋). */
    static BigDecimal total(Holding h) {
        if (h.totalValue() != null) {
            return h.totalValue();
        }
        return Amounts.orZero(Amounts.sum(value(h.buildings()), value(h.vehicles()), value(h.equipmentOver200k()), value(h.otherFixedAssets())));
    }

    private static BigDecimal value(AssetYearChanged.Row row) {
        return row == null ? null : row.value();
    }

    /** 本年度拟购置固定资产总额: the plan's figure, or its lines marked as fixed assets. */
    static BigDecimal plannedFixedAssets(AssetYearChanged.Plan plan) {
        if (plan == null) {
            return BigDecimal.ZERO;
        }
        if (plan.totals() != null && plan.totals().plannedFixedAssets() != null) {
            return plan.totals().plannedFixedAssets();
        }
        return Amounts.orZero(Amounts.sum(plan.items().stream().filter(AssetYearChanged.Item::fixedAsset).map(AssetYearChanged.Item::amount).toList()));
    }

    private static List<List<GridCell>> header() {
        return List.of(List.of(GridCell.label("项 目"), GridCell.label("数量"), GridCell.label("价值（金额单位：万元）")));
    }
}
