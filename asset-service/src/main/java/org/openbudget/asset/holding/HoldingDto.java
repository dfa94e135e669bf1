package org.openbudget.asset.holding;

import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The 部门固定资产占用情况表 of one department and 截止时间 as the API returns it, amounts in {@code unit}.
 * Every row is present; blank cells are {@code null}. {@code enteredUnit} is the unit the figures were
 * entered in (万元 figures were rounded when printed, which widens the validation tolerance).
 * {@code register} and {@code vehiclesByUse} are {@code null} when no register was given.
 */
public record HoldingDto(
        String department,
        LocalDate asOf,
        AmountUnit unit,
        AmountUnit enteredUnit,
        BigDecimal totalValue,
        AreaRow buildings,
        AreaRow officeBuildings,
        CountRow vehicles,
        CountRow equipmentOver200k,
        CountRow otherFixedAssets,
        List<RegisterItem> register,
        List<VehicleUseRow> vehiclesByUse,
        long version,
        OffsetDateTime updatedAt) {

    public HoldingDto withRegister(List<RegisterItem> items, List<VehicleUseRow> byUse) {
        return new HoldingDto(department, asOf, unit, enteredUnit, totalValue, buildings, officeBuildings, vehicles,
                equipmentOver200k, otherFixedAssets, items, byUse, version, updatedAt);
    }

    /** The figures only, to tell an identical PUT from a change. */
    public HoldingDto content() {
        return new HoldingDto(department, asOf, unit, enteredUnit, totalValue, buildings, officeBuildings, vehicles,
                equipmentOver200k, otherFixedAssets, register, vehiclesByUse, 0, null);
    }
}
