package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * 四、财政拨款"三公"经费预算情况及增减变化原因 — the "三公" total (table 9) and each item's change against
 * the prior year, followed by the reason the department entered for it.
 */
public final class ThreePublicSection {

    static final String TITLE = "四、财政拨款“三公”经费预算情况及增减变化原因";

    /** The items the seed explains, in its order, with their prior-year figures. */
    private record Item(ThreePublicItem row, PriorYearItem prior) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item(ThreePublicItem.RECEPTION, PriorYearItem.RECEPTION),
            new Item(ThreePublicItem.VEHICLE_PURCHASE, PriorYearItem.VEHICLE_PURCHASE),
            new Item(ThreePublicItem.VEHICLE_OPERATION, PriorYearItem.VEHICLE_OPERATION),
            new Item(ThreePublicItem.OUTBOUND, PriorYearItem.OUTBOUND));

    private ThreePublicSection() {
    }

    public static Section build(BudgetContent budget, int year) {
        Map<ThreePublicItem, ThreePublicLine> lines = Sums.threePublic(budget);
        BigDecimal total = lines.get(ThreePublicItem.TOTAL).total();
        StringBuilder s = new StringBuilder().append(year).append("年，本部门“三公”经费预算安排").append(WAN_YUAN.sentence(total)).append("万元");
        Optional<PriorYearFigure> priorTotal = PriorYear.of(budget, PriorYearItem.THREE_PUBLIC);
        priorTotal.ifPresent(p -> s.append("，").append(compared(new Change(total, p.amount()))).append(PriorYear.reason(p)));
        s.append("。");
        List<String> parts = new ArrayList<>();
        for (Item item : ITEMS) {
            BigDecimal amount = lines.get(item.row()).total();
            Optional<PriorYearFigure> prior = PriorYear.of(budget, item.prior());
            if (amount == null && prior.isEmpty()) {
                continue;
            }
            StringBuilder p = new StringBuilder(item.row().label()).append(WAN_YUAN.sentence(amount)).append("万元");
            prior.ifPresent(py -> p.append("，").append(compared(new Change(amount, py.amount()))).append(PriorYear.reason(py)));
            parts.add(p.toString());
        }
        if (!parts.isEmpty()) {
            s.append(String.join("；", parts)).append("。");
        }
        return new Section(TITLE, List.of(Paragraph.of(s.toString())));
    }

    /** "与上年相比减少0.02万元" or "与上年持平" — the seed gives "三公" changes in amounts only. */
    private static String compared(Change change) {
        return change.unchanged() ? "与上年持平" : "与上年相比" + change.amount();
    }
}
