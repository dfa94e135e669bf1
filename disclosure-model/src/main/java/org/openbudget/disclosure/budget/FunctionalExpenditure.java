package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.Arrays;

/** The expenditure of one functional row: fund × type (tables 3, 4, 5, 7, 8 are views of it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionalExpenditure(
        @Valid ExpenditureByType generalBudget,
        @Valid ExpenditureByType governmentFund,
        @Valid ExpenditureByType stateCapital,
        @Valid ExpenditureByType other) implements Blankable {

    public FunctionalExpenditure {
        generalBudget = Blankable.orNull(generalBudget);
        governmentFund = Blankable.orNull(governmentFund);
        stateCapital = Blankable.orNull(stateCapital);
        other = Blankable.orNull(other);
    }

    public ExpenditureByType fund(Fund fund) {
        return switch (fund) {
            case GENERAL_BUDGET -> generalBudget;
            case GOVERNMENT_FUND -> governmentFund;
            case STATE_CAPITAL -> stateCapital;
            case OTHER -> other;
        };
    }

    /** One cell; blank when the fund is absent. */
    public BigDecimal get(Fund fund, ExpenditureType type) {
        ExpenditureByType byType = fund(fund);
        return byType == null ? null : byType.get(type);
    }

    /** All funds of one type (a table 3 column). */
    public BigDecimal type(ExpenditureType type) {
        return Amounts.sum(Arrays.stream(Fund.values()).map(f -> get(f, type)).toList());
    }

    /** All types of one fund (a table 4 column). */
    public BigDecimal fundTotal(Fund fund) {
        ExpenditureByType byType = fund(fund);
        return byType == null ? null : byType.total();
    }

    /** The three appropriation funds together, all types (table 4's 合计 column). */
    public BigDecimal appropriations() {
        return Amounts.sum(Arrays.stream(Fund.APPROPRIATIONS).map(this::fundTotal).toList());
    }

    /** 合计 of table 3. */
    public BigDecimal total() {
        return Amounts.sum(Arrays.stream(Fund.values()).map(this::fundTotal).toList());
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return generalBudget == null && governmentFund == null && stateCapital == null && other == null;
    }
}
