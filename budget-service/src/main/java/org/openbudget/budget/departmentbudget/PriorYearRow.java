package org.openbudget.budget.departmentbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openbudget.disclosure.budget.PriorYearItem;

import java.math.BigDecimal;

/** Stored form of {@link org.openbudget.disclosure.budget.PriorYearFigure}. */
@Embeddable
public class PriorYearRow {
    @Enumerated(EnumType.STRING) @Column(nullable = false) public PriorYearItem item;
    public BigDecimal amount;
    public String reason;
}
