package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Stored form of {@link org.openbudget.disclosure.budget.FunctionalLine}. */
@Embeddable
public class FunctionalLineRow {
    @Column(nullable = false) public String code;
    @Column(nullable = false) public String name;
    @Embedded public FunctionalRevenueColumns revenue;
    @Embedded public FunctionalExpenditureColumns expenditure;
}
