package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/**
 * One row of table 6: basic expenditure of the general public budget by 部门预算支出经济分类 (economic
 * classification: 类 3 digits, 款 5), split into 人员经费 (personnel) and 公用经费 (office and running costs).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EconomicLine(
        @NotNull @Pattern(regexp = "\\d{3}|\\d{5}", message = "must be an economic code of 3 or 5 digits") String code,
        @NotBlank @Size(max = 200) String name,
        /** 人员经费. */
        @Amount BigDecimal personnel,
        /** 公用经费. */
        @Amount BigDecimal publicUse) {

    public BigDecimal total() {
        return Amounts.sum(personnel, publicUse);
    }

    public EconomicFigures figures() {
        return new EconomicFigures(personnel, publicUse);
    }
}
