package org.openbudget.asset.holding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.asset.money.AmountSink;
import org.openbudget.asset.money.Amounted;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.List;

import static org.openbudget.asset.money.AmountPrecision.join;

/**
 * What a client PUTs for the 部门固定资产占用情况表 of one department and as-of date (both from the path).
 * A missing row or a {@code null} cell is a blank cell, {@code 0} is a printed zero. With a
 * {@code register}, blank rows and a blank 资产总额 are derived from it, and given ones must equal it.
 *
 * @param totalValue        资产总额 — total value of fixed assets
 * @param buildings         1、房屋 — buildings (m²)
 * @param officeBuildings   其中：办公用房 — of which office space (m²), part of {@code buildings}
 * @param vehicles          2、车辆 — vehicles (台、辆)
 * @param equipmentOver200k 3、单价在 20 万元以上的设备 — equipment with a unit price of 200 000 元 or more
 * @param otherFixedAssets  4、其他固定资产 — other fixed assets
 */
public record HoldingPayload(
        @NotNull(message = "must be 元 or 万元") AmountUnit unit,
        BigDecimal totalValue,
        @Valid AreaRow buildings,
        @Valid AreaRow officeBuildings,
        @Valid CountRow vehicles,
        @Valid CountRow equipmentOver200k,
        @Valid CountRow otherFixedAssets,
        @Size(max = 20000) List<@NotNull @Valid RegisterItem> register) implements Amounted {

    @Override
    public void amounts(String prefix, AmountSink sink) {
        sink.amount(join(prefix, "totalValue"), totalValue);
        if (buildings != null) {
            sink.amount(join(prefix, "buildings.value"), buildings.value());
        }
        if (officeBuildings != null) {
            sink.amount(join(prefix, "officeBuildings.value"), officeBuildings.value());
        }
        if (vehicles != null) {
            sink.amount(join(prefix, "vehicles.value"), vehicles.value());
        }
        if (equipmentOver200k != null) {
            sink.amount(join(prefix, "equipmentOver200k.value"), equipmentOver200k.value());
        }
        if (otherFixedAssets != null) {
            sink.amount(join(prefix, "otherFixedAssets.value"), otherFixedAssets.value());
        }
        if (register != null) {
            for (int i = 0; i < register.size(); i++) {
                if (register.get(i) != null) {
                    sink.amount(join(prefix, "register[" + i + "].originalValue"), register.get(i).originalValue());
                }
            }
        }
    }
}
