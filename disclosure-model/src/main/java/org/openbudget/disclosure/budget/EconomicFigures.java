package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/** 人员经费 and 公用经费 of one economic row, or of the printed 合计. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EconomicFigures(@Amount BigDecimal personnel, @Amount BigDecimal publicUse) implements Blankable {

    /** The column labels of table 6 (and the prior-year items of the same name). */
    public static final String PERSONNEL = "人员经费";
    public static final String PUBLIC_USE = "公用经费";

    public BigDecimal total() {
        return Amounts.sum(personnel, publicUse);
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return personnel == null && publicUse == null;
    }
}
