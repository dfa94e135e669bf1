package org.openbudget.asset.holding;

import java.math.BigDecimal;

/** A row of the 固定资产占用情况表 measured by count (台、辆、件): {@code quantity} a whole number, {@code value} an amount. */
public record CountRow(Long quantity, BigDecimal value) {
}
