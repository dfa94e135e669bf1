package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.FunctionalRevenue}, in 元. */
@Embeddable
public class FunctionalRevenueColumns {
    @Column(name = "rev_appropriation") public BigDecimal appropriation;
    @Column(name = "rev_special_account") public BigDecimal specialAccount;
    @Column(name = "rev_institution") public BigDecimal institution;
    @Column(name = "rev_institution_operating") public BigDecimal institutionOperating;
    @Column(name = "rev_superior_subsidy") public BigDecimal superiorSubsidy;
    @Column(name = "rev_affiliated_remittance") public BigDecimal affiliatedRemittance;
    @Column(name = "rev_other") public BigDecimal other;
    @Column(name = "rev_carry_over") public BigDecimal carryOver;
}
