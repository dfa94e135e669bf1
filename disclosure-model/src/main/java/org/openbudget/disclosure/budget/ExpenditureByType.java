package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/** Expenditure of one fund split by {@link ExpenditureType}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpenditureByType(
        @Amount BigDecimal basic,
        @Amount BigDecimal project,
        @Amount BigDecimal operating,
        @Amount BigDecimal superiorRemittance,
        @Amount BigDecimal affiliateSubsidy) implements Blankable {

    public BigDecimal get(ExpenditureType type) {
        return switch (type) {
            case BASIC -> basic;
            case PROJECT -> project;
            case OPERATING -> operating;
            case SUPERIOR_REMITTANCE -> superiorRemittance;
            case AFFILIATE_SUBSIDY -> affiliateSubsidy;
        };
    }

    public BigDecimal total() {
        return Amounts.sum(basic, project, operating, superiorRemittance, affiliateSubsidy);
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return Amounts.allBlank(basic, project, operating, superiorRemittance, affiliateSubsidy);
    }
}
