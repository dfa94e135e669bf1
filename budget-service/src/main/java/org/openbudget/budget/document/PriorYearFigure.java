package org.openbudget.budget.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.budget.money.Amount;
import org.openbudget.common.json.FreeText;

import java.math.BigDecimal;

/**
 * A prior-year figure and the department's own words for why this year differs, e.g. item
 * {@code project}, amount 622.86 万元, reason "主要是大气办、人防办项目减少". The change and its percentage
 * are computed by the document generator, never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriorYearFigure(
        @NotNull PriorYearItem item,
        @Amount BigDecimal amount,
        @FreeText @Size(max = 2000) String reason) {
}
