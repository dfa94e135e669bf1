package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.EconomicLine}. */
@Embeddable
public class EconomicLineRow {
    @Column(nullable = false) public String code;
    @Column(nullable = false) public String name;
    @Column(name = "personnel") public BigDecimal personnel;
    @Column(name = "public_use") public BigDecimal publicUse;
}
