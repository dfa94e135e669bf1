package org.openbudget.disclosure.budget;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.openbudget.disclosure.money.Amount;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.List;

/** 收入 — the department's revenue by the nine sources of table 1 (部门预算收支总表), rows 1–9. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Revenue(
        /** 一般公共预算拨款收入 — general public budget appropriation. */
        @Amount BigDecimal generalBudget,
        /** 政府性基金预算拨款收入 — government fund appropriation. */
        @Amount BigDecimal governmentFund,
        /** 国有资本经营预算拨款收入 — state capital operation budget appropriation. */
        @Amount BigDecimal stateCapital,
        /** 财政专户管理资金收入 — funds managed in fiscal special accounts. */
        @Amount BigDecimal specialAccount,
        /** 事业收入 — revenue of public service institutions from their services. */
        @Amount BigDecimal institution,
        /** 事业单位经营收入 — business revenue of public service institutions. */
        @Amount BigDecimal institutionOperating,
        /** 上级补助收入 — subsidies from the superior unit. */
        @Amount BigDecimal superiorSubsidy,
        /** 附属单位上缴收入 — remittances from affiliated units. */
        @Amount BigDecimal affiliatedRemittance,
        /** 其他收入 — other revenue. */
        @Amount BigDecimal other) implements Blankable {

    /** 财政拨款 — the three appropriation funds together (table 2's 财政拨款收入). */
    public BigDecimal appropriation() {
        return Amounts.sum(generalBudget, governmentFund, stateCapital);
    }

    /** 本年收入合计. */
    public BigDecimal total() {
        return Amounts.sum(all());
    }

    public List<BigDecimal> all() {
        return java.util.Arrays.asList(generalBudget, governmentFund, stateCapital, specialAccount, institution,
                institutionOperating, superiorSubsidy, affiliatedRemittance, other);
    }

    @JsonIgnore
    @Override
    public boolean isBlank() {
        return all().stream().allMatch(java.util.Objects::isNull);
    }
}
