package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.ExpenditureByType}; columns named by the fund that embeds it. */
@Embeddable
public class ExpenditureColumns {
    public BigDecimal basic;
    public BigDecimal project;
    public BigDecimal operating;
    public BigDecimal superiorRemittance;
    public BigDecimal affiliateSubsidy;
}
