package org.openbudget.asset.holding;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegisterTotalsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static RegisterItem equipment(String quantity, String value) {
        return new RegisterItem(null, "设备", RegisterCategory.EQUIPMENT, null, d(quantity), d(value), null, null);
    }

    @Test
    void twentyWanIsTheUnitPriceAndTheBoundIsIncluded() {
        // 元: 200 000.00 each → row 3; 5 × 40 000 = 200 000 → row 4; 2 cards of 399 999.98 → 199 999.99 each → row 4
        RegisterTotals.Rows rows = RegisterTotals.derive(List.of(equipment("1", "200000.00"), equipment("5", "200000.00"),
                equipment("2", "399999.98")), AmountUnit.YUAN);
        assertEquals(new CountRow(1L, d("200000.00")), rows.equipmentOver200k());
        assertEquals(new CountRow(7L, d("599999.98")), rows.otherFixedAssets());
        assertEquals(d("799999.98"), rows.totalValue());
        // the same threshold in 万元
        assertEquals(new CountRow(1L, d("20.00")),
                RegisterTotals.derive(List.of(equipment("1", "20.00"), equipment("1", "19.999999")), AmountUnit.WAN_YUAN)
                        .equipmentOver200k());
    }

    @Test
    void categoriesWithoutCardsStayBlankAndVehiclesAreCountedByUse() {
        RegisterItem a = new RegisterItem(null, "轿车", RegisterCategory.VEHICLE, null, d("1"), d("18.00"), VehicleUse.GENERAL_OFFICIAL, null);
        RegisterItem b = new RegisterItem(null, "执法车", RegisterCategory.VEHICLE, null, d("2"), d("42.00"), VehicleUse.LAW_ENFORCEMENT, null);
        RegisterItem c = new RegisterItem(null, "轿车", RegisterCategory.VEHICLE, null, d("1"), d("20.00"), VehicleUse.GENERAL_OFFICIAL, null);
        RegisterTotals.Rows rows = RegisterTotals.derive(List.of(a, b, c), AmountUnit.WAN_YUAN);
        assertEquals(new CountRow(4L, d("80.00")), rows.vehicles());
        assertEquals(new AreaRow(null, null), rows.buildings());
        assertEquals(new CountRow(null, null), rows.otherFixedAssets());
        assertEquals(List.of(new VehicleUseRow(VehicleUse.GENERAL_OFFICIAL, 2, d("38.00")),
                new VehicleUseRow(VehicleUse.LAW_ENFORCEMENT, 2, d("42.00"))), RegisterTotals.byUse(List.of(a, b, c)));
    }
}
