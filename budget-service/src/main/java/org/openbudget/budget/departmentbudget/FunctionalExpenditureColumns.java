package org.openbudget.budget.departmentbudget;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Stored form of {@link org.openbudget.disclosure.budget.FunctionalExpenditure}: fund × type, in 元. */
@Embeddable
public class FunctionalExpenditureColumns {

    @Embedded
    @AttributeOverride(name = "basic", column = @Column(name = "exp_general_basic"))
    @AttributeOverride(name = "project", column = @Column(name = "exp_general_project"))
    @AttributeOverride(name = "operating", column = @Column(name = "exp_general_operating"))
    @AttributeOverride(name = "superiorRemittance", column = @Column(name = "exp_general_remittance"))
    @AttributeOverride(name = "affiliateSubsidy", column = @Column(name = "exp_general_subsidy"))
    public ExpenditureColumns generalBudget;

    @Embedded
    @AttributeOverride(name = "basic", column = @Column(name = "exp_fund_basic"))
    @AttributeOverride(name = "project", column = @Column(name = "exp_fund_project"))
    @AttributeOverride(name = "operating", column = @Column(name = "exp_fund_operating"))
    @AttributeOverride(name = "superiorRemittance", column = @Column(name = "exp_fund_remittance"))
    @AttributeOverride(name = "affiliateSubsidy", column = @Column(name = "exp_fund_subsidy"))
    public ExpenditureColumns governmentFund;

    @Embedded
    @AttributeOverride(name = "basic", column = @Column(name = "exp_capital_basic"))
    @AttributeOverride(name = "project", column = @Column(name = "exp_capital_project"))
    @AttributeOverride(name = "operating", column = @Column(name = "exp_capital_operating"))
    @AttributeOverride(name = "superiorRemittance", column = @Column(name = "exp_capital_remittance"))
    @AttributeOverride(name = "affiliateSubsidy", column = @Column(name = "exp_capital_subsidy"))
    public ExpenditureColumns stateCapital;

    @Embedded
    @AttributeOverride(name = "basic", column = @Column(name = "exp_other_basic"))
    @AttributeOverride(name = "project", column = @Column(name = "exp_other_project"))
    @AttributeOverride(name = "operating", column = @Column(name = "exp_other_operating"))
    @AttributeOverride(name = "superiorRemittance", column = @Column(name = "exp_other_remittance"))
    @AttributeOverride(name = "affiliateSubsidy", column = @Column(name = "exp_other_subsidy"))
    public ExpenditureColumns other;
}
