package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code prior-year.total} (warning): the prior year's 收支总计 = its 基本支出 + 项目支出, when all three are given. */
public class PriorYearRule implements Rule {

    @Override
    public List<Finding> check(ValidationInput in) {
        Map<PriorYearItem, BigDecimal> prior = in.content().priorYear().stream().filter(p -> p.amount() != null)
                .collect(Collectors.toMap(PriorYearFigure::item, PriorYearFigure::amount));
        if (!prior.keySet().containsAll(List.of(PriorYearItem.TOTAL, PriorYearItem.BASIC, PriorYearItem.PROJECT))) {
            return List.of();
        }
        Gaps gaps = new Gaps("prior-year.total", "上年 收支总计", "differs from 基本支出 + 项目支出", in.inputUnit(),
                Severity.WARNING);
        gaps.compare("priorYear[total].amount", "收支总计 vs 基本 + 项目", prior.get(PriorYearItem.TOTAL),
                Amounts.sum(prior.get(PriorYearItem.BASIC), prior.get(PriorYearItem.PROJECT)), 2,
                List.of("priorYear[basic].amount", "priorYear[project].amount"));
        return gaps.findings();
    }
}
