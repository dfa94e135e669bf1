package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Sums;

import java.math.BigDecimal;
import java.util.List;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * 三、机关运行经费安排情况 — 机关运行经费 (running costs of the administration) is the 公用经费 of the general
 * budget's basic expenditure (table 6); the items listed are the economic 款 that carry 公用经费, so the
 * sentence names only what the table shows (the seed's template text names items it has not: defect S6).
 */
public final class AgencyOperationSection {

    static final String TITLE = "三、机关运行经费安排情况";

    private AgencyOperationSection() {
    }

    public static Section build(BudgetContent budget) {
        BigDecimal publicUse = Sums.economicTotal(budget).publicUse();
        List<String> items = budget.economic().lines().stream()
                .filter(l -> l.code().length() == 5 && l.publicUse() != null && WAN_YUAN.fromYuan(l.publicUse()).signum() != 0)
                .map(EconomicLine::name).toList();
        StringBuilder s = new StringBuilder("机关运行经费共计安排").append(WAN_YUAN.sentence(publicUse)).append("万元，为日常公用经费总体安排情况");
        if (!items.isEmpty()) {
            s.append("，包括").append(String.join("、", items)).append("等日常运行支出");
        }
        PriorYear.of(budget, PriorYearItem.AGENCY_OPERATION).ifPresent(prior -> {
            Change change = new Change(publicUse, prior.amount());
            s.append("，与上年相比").append(change.unchanged() ? "持平" : change.amountAndPercent()).append(PriorYear.reason(prior));
        });
        return new Section(TITLE, List.of(Paragraph.of(s.append("。").toString())));
    }
}
