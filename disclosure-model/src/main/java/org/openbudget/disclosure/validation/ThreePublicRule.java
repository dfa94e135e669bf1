package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Table 9: {@code three-public.parent-sum} — a stated 合计, 小计, 因公出国（境）费 or 公务用车购置及运维费 =
 * Σ its rows, per fund; {@code three-public.economic} (warning) — 公务接待费 = economic 30217 and 公务用车运行维护费
 * = 30231 of table 6 (a warning: project expenditure may also carry "三公" spending).
 */
public class ThreePublicRule implements Rule {

    @Override
    public List<Finding> check(ValidationInput in) {
        // checked against the rows as stated: a 合计 given alone is still compared with 一、二、三 (not filled from it)
        Map<ThreePublicItem, ThreePublicLine> resolved = Sums.threePublicAsStated(in.content());
        List<Finding> findings = new ArrayList<>();
        for (ThreePublicLine stated : in.content().threePublic()) {
            ThreePublicItem item = stated.item();
            if (item.children().isEmpty()) {
                continue;
            }
            Gaps gaps = new Gaps("three-public.parent-sum", item.rowLabel(), "differs from the sum of its rows", in.inputUnit());
            for (int f = 0; f < Fund.APPROPRIATIONS.length; f++) {
                Fund fund = Fund.APPROPRIATIONS[f];
                String column = fund.wireName();
                List<BigDecimal> children = item.children().stream().map(c -> resolved.get(c).get(fund)).toList();
                gaps.compare("threePublic[" + item.wireName() + "]." + column, fund.label(), stated.get(fund),
                        Amounts.sum(children), (int) children.stream().filter(Objects::nonNull).count(),
                        item.children().stream().map(c -> "threePublic[" + c.wireName() + "]." + column).toList());
            }
            findings.addAll(gaps.findings());
        }
        economic(in, resolved.get(ThreePublicItem.RECEPTION), "30217", findings);
        economic(in, resolved.get(ThreePublicItem.VEHICLE_OPERATION), "30231", findings);
        return findings;
    }

    private static void economic(ValidationInput in, ThreePublicLine line, String code, List<Finding> findings) {
        Optional<EconomicLine> econ = in.content().economic().lines().stream().filter(l -> l.code().equals(code)).findFirst();
        Gaps gaps = new Gaps("three-public.economic", line.item().rowLabel(), "differs from economic " + code + " of table 6",
                in.inputUnit(), Severity.WARNING);
        gaps.compare("threePublic[" + line.item().wireName() + "]." + Fund.GENERAL_BUDGET.wireName(), "一般公共预算 vs " + code,
                line.generalBudget(), econ.map(EconomicLine::total).orElse(null), 1,
                List.of("economic[" + code + "]"));
        findings.addAll(gaps.findings());
    }
}
