package org.openbudget.performance.targets;

import java.math.BigDecimal;

/**
 * An amount as entered ({@code value} in {@code unit}) and in the canonical unit: {@code yuan} is 元
 * with 2 decimals. 20.00 万元 reads {@code {"value": 20.00, "unit": "万元", "yuan": 200000.00}}.
 */
public record AmountDto(BigDecimal value, String unit, BigDecimal yuan) {
}
