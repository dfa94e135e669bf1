package org.openbudget.asset.procurement;

import org.openbudget.asset.money.AmountSink;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;

import static org.openbudget.asset.money.AmountPrecision.join;

/**
 * 政府采购金额（当年部门预算安排资金） split by funding source; a {@code null} is a blank cell.
 *
 * @param generalBudget        一般公共预算拨款 — general public budget appropriation
 * @param governmentFund       基金预算拨款 — government fund budget appropriation
 * @param stateCapital         国有资本经营预算拨款 — state capital operation budget appropriation
 * @param fiscalSpecialAccount 财政专户核拨 — allocated from the fiscal special account
 * @param unitFunds            单位资金 — the unit's own funds
 * @param fiscalCarryOver      财政拨款结转 — carried-over appropriations
 * @param nonFiscalCarryOver   非财政拨款结转结余 — carried-over non-appropriation funds
 */
public record Funding(
        BigDecimal generalBudget,
        BigDecimal governmentFund,
        BigDecimal stateCapital,
        BigDecimal fiscalSpecialAccount,
        BigDecimal unitFunds,
        BigDecimal fiscalCarryOver,
        BigDecimal nonFiscalCarryOver) {

    public static final List<String> COLUMNS = List.of("generalBudget", "governmentFund", "stateCapital",
            "fiscalSpecialAccount", "unitFunds", "fiscalCarryOver", "nonFiscalCarryOver");

    public static Funding blank() {
        return new Funding(null, null, null, null, null, null, null);
    }

    public List<BigDecimal> cells() {
        return Arrays.asList(generalBudget, governmentFund, stateCapital, fiscalSpecialAccount, unitFunds,
                fiscalCarryOver, nonFiscalCarryOver);
    }

    /** The non-blank cells, i.e. the cells a sum is made of. */
    public List<BigDecimal> filled() {
        return cells().stream().filter(Objects::nonNull).toList();
    }

    public BigDecimal sum() {
        return filled().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Column-wise sum where a blank counts as zero; {@code zero} is the unit's printed zero. */
    public Funding plus(Funding other, BigDecimal zero) {
        BinaryOperator<BigDecimal> add = (a, b) -> (a == null ? zero : a).add(b == null ? zero : b);
        return new Funding(add.apply(generalBudget, other.generalBudget), add.apply(governmentFund, other.governmentFund),
                add.apply(stateCapital, other.stateCapital), add.apply(fiscalSpecialAccount, other.fiscalSpecialAccount),
                add.apply(unitFunds, other.unitFunds), add.apply(fiscalCarryOver, other.fiscalCarryOver),
                add.apply(nonFiscalCarryOver, other.nonFiscalCarryOver));
    }

    public void amounts(String prefix, AmountSink sink) {
        List<BigDecimal> cells = cells();
        for (int i = 0; i < COLUMNS.size(); i++) {
            sink.amount(join(prefix, COLUMNS.get(i)), cells.get(i));
        }
    }
}
