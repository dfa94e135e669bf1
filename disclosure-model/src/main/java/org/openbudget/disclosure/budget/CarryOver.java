package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/**
 * 结转结余 — balances carried over. Table 1 prints 上年结转结余 / 年终结转结余 (all money); table 4 prints
 * 年初 / 年末财政拨款结转和结余 (appropriations only) per fund.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarryOver(
        /** 上年结转结余 — balance brought forward from the prior year (table 1 row 32, revenue side). */
        @Amount BigDecimal priorYear,
        /** 年终结转结余 — balance carried to the next year (table 1 row 32, expenditure side). */
        @Amount BigDecimal yearEnd,
        /** 年初财政拨款结转和结余 — opening appropriation balance, 一般公共预算. */
        @Amount BigDecimal openingGeneralBudget,
        /** … 政府性基金预算. */
        @Amount BigDecimal openingGovernmentFund,
        /** … 国有资本经营预算. */
        @Amount BigDecimal openingStateCapital,
        /** 年末财政拨款结转和结余 — closing appropriation balance, 一般公共预算. */
        @Amount BigDecimal closingGeneralBudget,
        /** … 政府性基金预算. */
        @Amount BigDecimal closingGovernmentFund,
        /** … 国有资本经营预算. */
        @Amount BigDecimal closingStateCapital) implements Blankable {

    public BigDecimal opening(Fund fund) {
        return switch (fund) {
            case GENERAL_BUDGET -> openingGeneralBudget;
            case GOVERNMENT_FUND -> openingGovernmentFund;
            case STATE_CAPITAL -> openingStateCapital;
            case OTHER -> null;
        };
    }

    public BigDecimal closing(Fund fund) {
        return switch (fund) {
            case GENERAL_BUDGET -> closingGeneralBudget;
            case GOVERNMENT_FUND -> closingGovernmentFund;
            case STATE_CAPITAL -> closingStateCapital;
            case OTHER -> null;
        };
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return Amounts.allBlank(priorYear, yearEnd, openingGeneralBudget, openingGovernmentFund, openingStateCapital,
                closingGeneralBudget, closingGovernmentFund, closingStateCapital);
    }
}
