package org.openbudget.asset.procurement;

import org.openbudget.disclosure.money.AmountUnit;

import java.math.BigDecimal;

/**
 * A line of the procurement plan as returned, amounts in the plan DTO's unit; {@code lineNo} (1-based) is
 * its row in the printed table and the handle for single-line edits. {@code enteredUnit}: the unit it was
 * entered in, which decides the rounding tolerance of its checks.
 */
public record ItemDto(
        int lineNo,
        String projectName,
        BigDecimal projectBudget,
        String itemName,
        String catalogCode,
        ProcurementKind kind,
        String measureUnit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        Funding funding,
        BigDecimal smeReserved,
        boolean fixedAsset,
        AmountUnit enteredUnit) {
}
