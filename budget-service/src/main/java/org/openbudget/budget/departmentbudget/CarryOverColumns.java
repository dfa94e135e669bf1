package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.CarryOver}, in 元. */
@Embeddable
public class CarryOverColumns {
    @Column(name = "co_prior_year") public BigDecimal priorYear;
    @Column(name = "co_year_end") public BigDecimal yearEnd;
    @Column(name = "co_opening_general_budget") public BigDecimal openingGeneralBudget;
    @Column(name = "co_opening_government_fund") public BigDecimal openingGovernmentFund;
    @Column(name = "co_opening_state_capital") public BigDecimal openingStateCapital;
    @Column(name = "co_closing_general_budget") public BigDecimal closingGeneralBudget;
    @Column(name = "co_closing_government_fund") public BigDecimal closingGovernmentFund;
    @Column(name = "co_closing_state_capital") public BigDecimal closingStateCapital;
}
