package org.openbudget.performance.targets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/**
 * An amount with its unit stated, as the client entered or printed it: {@code {"value": 20.00, "unit": "万元"}}.
 * 元 takes at most 2 decimals; 万元 at most 6, so that it converts to whole 分 exactly.
 */
public record AmountPayload(
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 14, fraction = 6, message = "must have at most 14 integer digits and 6 decimals") BigDecimal value,
        @NotNull @Pattern(regexp = "元|万元", message = "must be 元 or 万元") String unit) {
}
