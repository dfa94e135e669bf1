package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.document.model.Wan;
import org.openbudget.aggregation.document.source.BudgetData;
import org.openbudget.aggregation.document.source.BudgetData.PriorYearFigure;
import org.openbudget.aggregation.document.table.BudgetFigures;
import org.openbudget.aggregation.document.table.ThreePublicItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 四、财政拨款"三公"经费预算情况及增减变化原因 — the "三公" total (table 9) and each item's change against
 * the prior year, followed by the reason the department entered for it.
 */
public final class ThreePublicSection {

    static final String TITLE = "四、财政拨款“三公”经费预算情况及增减变化原因";

    /** The items the seed explains, in its order, with the prior-year item names of budget-service. */
    private record Item(ThreePublicItem row, String prior, String label) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item(ThreePublicItem.RECEPTION, "reception", "公务接待费"),
            new Item(ThreePublicItem.VEHICLE_PURCHASE, "vehiclePurchase", "公务用车购置费"),
            new Item(ThreePublicItem.VEHICLE_OPERATION, "vehicleOperation", "公务用车运行维护费"),
            new Item(ThreePublicItem.OUTBOUND, "outbound", "因公出国（境）费"));

    private ThreePublicSection() {
    }

    public static Section build(BudgetData budget, int year) {
        Map<ThreePublicItem, BudgetData.ThreePublicLine> lines = BudgetFigures.threePublic(budget);
        BigDecimal total = lines.get(ThreePublicItem.TOTAL).total();
        StringBuilder s = new StringBuilder().append(year).append("年，本部门“三公”经费预算安排").append(Wan.text(total)).append("万元");
        Optional<PriorYearFigure> priorTotal = PriorYear.of(budget, "threePublic");
        priorTotal.ifPresent(p -> s.append("，").append(compared(new Change(total, p.amount()))).append(PriorYear.reason(p)));
        s.append("。");
        List<String> parts = new ArrayList<>();
        for (Item item : ITEMS) {
            BigDecimal amount = lines.get(item.row()).total();
            Optional<PriorYearFigure> prior = PriorYear.of(budget, item.prior());
            if (amount == null && prior.isEmpty()) {
                continue;
            }
            StringBuilder p = new StringBuilder(item.label()).append(Wan.text(amount)).append("万元");
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
