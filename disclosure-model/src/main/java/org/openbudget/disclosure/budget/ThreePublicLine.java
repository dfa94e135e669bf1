package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/** One "三公" row by fund (资金性质) — the appropriation funds of table 9. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThreePublicLine(
        @NotNull ThreePublicItem item,
        @Amount BigDecimal generalBudget,
        @Amount BigDecimal governmentFund,
        @Amount BigDecimal stateCapital) {

    public BigDecimal get(Fund fund) {
        return switch (fund) {
            case GENERAL_BUDGET -> generalBudget;
            case GOVERNMENT_FUND -> governmentFund;
            case STATE_CAPITAL -> stateCapital;
            case OTHER -> null;
        };
    }

    /** The 合计 column of table 9: the three funds together. */
    public BigDecimal total() {
        return Amounts.sum(generalBudget, governmentFund, stateCapital);
    }

    /** No fund has a figure. */
    @JsonIgnore
    public boolean isBlank() {
        return Amounts.allBlank(generalBudget, governmentFund, stateCapital);
    }
}
