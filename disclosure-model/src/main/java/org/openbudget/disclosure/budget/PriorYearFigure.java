package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.disclosure.money.Amount;

import java.math.BigDecimal;

/**
 * A prior-year figure and the department's own words for why this year differs, e.g. item
 * {@code project}, amount 622.86 万元, reason "主要是大气办、人防办项目减少". The change and its percentage
 * are computed by the document generator, never stored. The reason is free text (line breaks allowed in a
 * request): budget-service marks it so, as the model does not know the services' text rules.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriorYearFigure(
        @NotNull PriorYearItem item,
        @Amount BigDecimal amount,
        @Size(max = 2000) String reason) {
}
