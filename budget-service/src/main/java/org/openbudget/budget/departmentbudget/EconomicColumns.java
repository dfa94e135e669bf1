package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.EconomicFigures}, in 元. */
@Embeddable
public class EconomicColumns {
    @Column(name = "personnel") public BigDecimal personnel;
    @Column(name = "public_use") public BigDecimal publicUse;
}
