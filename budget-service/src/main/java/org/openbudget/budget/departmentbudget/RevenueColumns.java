package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.Revenue}, in 元. */
@Embeddable
public class RevenueColumns {
    @Column(name = "src_general_budget") public BigDecimal generalBudget;
    @Column(name = "src_government_fund") public BigDecimal governmentFund;
    @Column(name = "src_state_capital") public BigDecimal stateCapital;
    @Column(name = "src_special_account") public BigDecimal specialAccount;
    @Column(name = "src_institution") public BigDecimal institution;
    @Column(name = "src_institution_operating") public BigDecimal institutionOperating;
    @Column(name = "src_superior_subsidy") public BigDecimal superiorSubsidy;
    @Column(name = "src_affiliated_remittance") public BigDecimal affiliatedRemittance;
    @Column(name = "src_other") public BigDecimal other;
}
