package org.openbudget.asset.holding;

import java.math.BigDecimal;

/** Vehicles of one use, derived from the register: how many and their original value. */
public record VehicleUseRow(VehicleUse use, long quantity, BigDecimal value) {
}
