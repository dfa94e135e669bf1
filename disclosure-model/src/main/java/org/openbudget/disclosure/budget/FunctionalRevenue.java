package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;

/** The revenue columns of table 2 (部门预算收入总表) for one functional row. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionalRevenue(
        /** 财政拨款收入 — appropriations of the three funds together. */
        @Amount BigDecimal appropriation,
        /** 财政专户收入. */
        @Amount BigDecimal specialAccount,
        /** 事业收入. */
        @Amount BigDecimal institution,
        /** 经营收入. */
        @Amount BigDecimal institutionOperating,
        /** 上级补助收入. */
        @Amount BigDecimal superiorSubsidy,
        /** 附属单位上缴收入. */
        @Amount BigDecimal affiliatedRemittance,
        /** 其他收入. */
        @Amount BigDecimal other,
        /** 上年结转 — carried over from the prior year. */
        @Amount BigDecimal carryOver) implements Blankable {

    /** 本年收入小计 = the seven sources of this year. */
    public BigDecimal currentYear() {
        return Amounts.sum(appropriation, specialAccount, institution, institutionOperating, superiorSubsidy,
                affiliatedRemittance, other);
    }

    /** 合计 = 小计 + 上年结转. */
    public BigDecimal total() {
        return Amounts.sum(currentYear(), carryOver);
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return Amounts.allBlank(appropriation, specialAccount, institution, institutionOperating, superiorSubsidy,
                affiliatedRemittance, other, carryOver);
    }
}
