package org.openbudget.asset.holding;

import org.openbudget.asset.money.ExactAmounts;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the rows of the 固定资产占用情况表 from a register. Buildings count by floor area, everything else
 * by number; equipment whose unit price (原值 / quantity) is 20 万元 or more is row 3, all other equipment
 * and other assets row 4. A category without any card stays blank, as the printed tables leave it.
 */
public final class RegisterTotals {

    static final BigDecimal EQUIPMENT_THRESHOLD_YUAN = new BigDecimal("200000.00");

    /** The rows a register yields, amounts in the register's unit. */
    public record Rows(BigDecimal totalValue, AreaRow buildings, AreaRow officeBuildings, CountRow vehicles,
                       CountRow equipmentOver200k, CountRow otherFixedAssets) {
    }

    private RegisterTotals() {
    }

    public static Rows derive(List<RegisterItem> items, AmountUnit unit) {
        BigDecimal threshold = ExactAmounts.fromYuan(unit, EQUIPMENT_THRESHOLD_YUAN);
        Sum buildings = new Sum();
        Sum office = new Sum();
        Sum vehicles = new Sum();
        Sum equipment = new Sum();
        Sum other = new Sum();
        BigDecimal total = ExactAmounts.zero();
        for (RegisterItem item : items) {
            total = total.add(item.originalValue());
            switch (item.category()) {
                case BUILDING -> {
                    buildings.add(item);
                    if (item.isOfficeSpace()) {
                        office.add(item);
                    }
                }
                case VEHICLE -> vehicles.add(item);
                case EQUIPMENT -> (isOverThreshold(item, threshold) ? equipment : other).add(item);
                case OTHER -> other.add(item);
            }
        }
        return new Rows(total, buildings.area(), office.area(), vehicles.count(), equipment.count(), other.count());
    }

    /** Vehicles by use, in the order the disclosure documents list the uses; uses without vehicles are left out. */
    public static List<VehicleUseRow> byUse(List<RegisterItem> items) {
        Map<VehicleUse, Sum> sums = new EnumMap<>(VehicleUse.class);
        for (RegisterItem item : items) {
            if (item.category() == RegisterCategory.VEHICLE && item.use() != null) {
                sums.computeIfAbsent(item.use(), u -> new Sum()).add(item);
            }
        }
        List<VehicleUseRow> rows = new ArrayList<>();
        // longValue, not longValueExact: this view is also built of a refused input (a fractional number of vehicles,
        // which HoldingRules' REGISTER_ITEM refuses with a 400 right after), and must not fail before the refusal
        sums.forEach((use, sum) -> rows.add(new VehicleUseRow(use, sum.quantity.longValue(), sum.value)));
        return rows;
    }

    /** 单价在 20 万元以上: "以上" includes the bound, as the asset-configuration rules read it. */
    static boolean isOverThreshold(RegisterItem item, BigDecimal threshold) {
        if (item.quantity().signum() <= 0) {
            return false;
        }
        // unit price ≥ threshold ⇔ value ≥ threshold × quantity: no division, no rounding
        return item.originalValue().compareTo(threshold.multiply(item.quantity())) >= 0;
    }

    private static final class Sum {
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal value;
        private boolean any;

        void add(RegisterItem item) {
            any = true;
            quantity = quantity.add(item.quantity());
            value = value == null ? item.originalValue() : value.add(item.originalValue());
        }

        AreaRow area() {
            return any ? new AreaRow(quantity, value) : new AreaRow(null, null);
        }

        CountRow count() {
            return any ? new CountRow(quantity.longValueExact(), value) : new CountRow(null, null);
        }
    }
}
