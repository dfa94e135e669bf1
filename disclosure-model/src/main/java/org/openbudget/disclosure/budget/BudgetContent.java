package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;

/**
 * The content of a department-year budget — the body of {@code PUT /api/v1/budgets/{dept}/{year}} and
 * the part of every GET and event that carries figures. Every amount is in {@code unit}; a missing
 * amount is a blank cell, which is not 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetContent(
        @NotNull(message = "must be 元 or 万元") AmountUnit unit,
        @Valid Revenue revenue,
        @Valid CarryOver carryOver,
        @Valid FunctionalSection functional,
        @Valid EconomicSection economic,
        @Size(max = 9) List<@NotNull @Valid ThreePublicLine> threePublic,
        @Size(max = 20) List<@NotNull @Valid PriorYearFigure> priorYear) {

    public BudgetContent {
        revenue = Blankable.orNull(revenue);
        carryOver = Blankable.orNull(carryOver);
        functional = functional == null ? FunctionalSection.EMPTY : functional;
        economic = economic == null ? EconomicSection.EMPTY : economic;
        threePublic = threePublic == null ? List.of() : threePublic;
        priorYear = priorYear == null ? List.of() : priorYear;
    }

    /** Never null: a blank revenue reads as all sources blank. */
    public Revenue revenueOrBlank() {
        return revenue != null ? revenue : new Revenue(null, null, null, null, null, null, null, null, null);
    }

    public CarryOver carryOverOrBlank() {
        return carryOver != null ? carryOver : new CarryOver(null, null, null, null, null, null, null, null);
    }
}
