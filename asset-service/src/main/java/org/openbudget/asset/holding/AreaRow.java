package org.openbudget.asset.holding;

import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;

/** A row of the 固定资产占用情况表 measured by floor area: {@code quantity} in m² (平方米), {@code value} an amount. */
public record AreaRow(
        @Digits(integer = 12, fraction = 2, message = "at most 12 digits and 2 decimals of m²") BigDecimal quantity,
        BigDecimal value) {
}
