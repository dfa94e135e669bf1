package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openbudget.disclosure.budget.ThreePublicItem;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.ThreePublicLine}. */
@Embeddable
public class ThreePublicRow {
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ThreePublicItem item;
    @Column(name = "general_budget") public BigDecimal generalBudget;
    @Column(name = "government_fund") public BigDecimal governmentFund;
    @Column(name = "state_capital") public BigDecimal stateCapital;
}
