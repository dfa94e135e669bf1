package org.openbudget.disclosure.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * One compared cell: what the budget states and what it should be; in the report's unit.
 *
 * @param cell       the document path of the stated cell, e.g. {@code functional[21011].expenditure.generalBudget.basic}
 * @param difference stated − expected
 * @param tolerance  the rounding allowance: 0.01 万元 per summed cell for 万元 input, 0 for 元 input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(String cell, String label, BigDecimal stated, BigDecimal expected, BigDecimal difference,
                     BigDecimal tolerance) {
}
