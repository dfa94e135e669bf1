package org.openbudget.asset.holding;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One card of the asset register (资产卡片). {@code quantity} is the floor area in m² for a building and a
 * count otherwise; {@code originalValue} (原值) is the card's whole value, so the unit price that decides
 * "单价 20 万元以上" is originalValue / quantity. {@code use} is required for vehicles and only for them;
 * {@code officeSpace} (办公用房) only applies to buildings.
 */
public record RegisterItem(
        @Size(max = 50) String assetCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull RegisterCategory category,
        LocalDate acquiredOn,
        @NotNull @Digits(integer = 12, fraction = 2, message = "at most 12 digits and 2 decimals") BigDecimal quantity,
        @NotNull BigDecimal originalValue,
        VehicleUse use,
        Boolean officeSpace) {

    public boolean isOfficeSpace() {
        return Boolean.TRUE.equals(officeSpace);
    }
}
