package org.openbudget.seeds.parse;

import org.openbudget.disclosure.budget.ThreePublicItem;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a labelled row of tables 1, 4 and 9 is, by its printed label (numbering, spacing, bracket and
 * quote forms ignored). Each region words them a little differently; every wording seen in a real
 * document is listed here, anything else is reported rather than guessed.
 */
public final class RowLabels {

    /** Row keys of the revenue side of table 1 (also the fields of budget-service's Revenue). */
    private static final Map<String, String> SUMMARY_REVENUE = Map.ofEntries(
            Map.entry("一般公共预算拨款收入", "generalBudget"),
            Map.entry("一般公共预算资金", "generalBudget"),
            Map.entry("一般公共预算", "generalBudget"),
            Map.entry("政府性基金预算拨款收入", "governmentFund"),
            Map.entry("政府性基金预算", "governmentFund"),
            Map.entry("政府性基金", "governmentFund"),
            Map.entry("国有资本经营预算拨款收入", "stateCapital"),
            Map.entry("国有资本经营预算", "stateCapital"),
            Map.entry("财政拨款收入", "appropriation"),
            Map.entry("财政专户管理资金收入", "specialAccount"),
            Map.entry("事业收入", "institution"),
            Map.entry("事业单位经营收入", "institutionOperating"),
            Map.entry("上级补助收入", "superiorSubsidy"),
            Map.entry("附属单位上缴收入", "affiliatedRemittance"),
            Map.entry("其他收入", "other"),
            Map.entry("本年收入合计", "currentYearTotal"),
            Map.entry("上年结转结余", "priorYearCarryOver"),
            Map.entry("收入总计", "grandTotal"));

    /** Row keys of the revenue side of table 4 (the three appropriation funds). */
    private static final Map<String, String> FISCAL_REVENUE = Map.ofEntries(
            Map.entry("一般公共预算拨款", "generalBudget"),
            Map.entry("一般公共预算资金", "generalBudget"),
            Map.entry("一般公共预算", "generalBudget"),
            Map.entry("政府性基金预算拨款", "governmentFund"),
            Map.entry("政府性基金预算", "governmentFund"),
            Map.entry("政府性基金", "governmentFund"),
            Map.entry("国有资本经营预算拨款", "stateCapital"),
            Map.entry("国有资本经营预算", "stateCapital"),
            Map.entry("本年收入合计", "currentYearTotal"),
            Map.entry("年初财政拨款结转和结余", "openingBalance"),
            Map.entry("收入总计", "grandTotal"));

    /** Row keys of the expenditure side of tables 1 and 4 other than the 类 rows. */
    private static final Map<String, String> EXPENDITURE = Map.ofEntries(
            Map.entry("本年支出合计", "currentYearTotal"),
            Map.entry("年终结转结余", "yearEndCarryOver"),
            Map.entry("年末财政拨款结转和结余", "closingBalance"),
            Map.entry("支出总计", "grandTotal"));

    /**
     * Items of the "三公" table by their wire names: each item's row as the model prints it (numbering and 其中：
     * dropped), and the other wordings seen in published documents.
     */
    private static final Map<String, String> THREE_PUBLIC = threePublicLabels();

    private static Map<String, String> threePublicLabels() {
        Map<String, String> labels = new HashMap<>();
        for (ThreePublicItem item : ThreePublicItem.values()) {
            labels.put(withoutOfWhich(Texts.label(item.rowLabel())), item.wireName());
        }
        labels.put("三公经费小计", ThreePublicItem.SUBTOTAL.wireName());
        labels.put("公务用车购置及运行费", ThreePublicItem.VEHICLE.wireName());
        labels.put("公务用车购置及运行维护费", ThreePublicItem.VEHICLE.wireName());
        labels.put("公务用车运行费", ThreePublicItem.VEHICLE_OPERATION.wireName());
        return Map.copyOf(labels);
    }

    private static String withoutOfWhich(String label) {
        return label.startsWith("其中：") ? label.substring(3) : label;
    }

    private RowLabels() {
    }

    public static Optional<String> summaryRevenue(String printed) {
        return Optional.ofNullable(SUMMARY_REVENUE.get(Texts.label(printed)));
    }

    public static Optional<String> fiscalRevenue(String printed) {
        return Optional.ofNullable(FISCAL_REVENUE.get(Texts.label(printed)));
    }

    public static Optional<String> expenditureTotal(String printed) {
        return Optional.ofNullable(EXPENDITURE.get(Texts.label(printed)));
    }

    public static Optional<String> threePublic(String printed) {
        return Optional.ofNullable(THREE_PUBLIC.get(withoutOfWhich(Texts.label(printed))));
    }

    public static boolean isTotal(String printed) {
        String label = Texts.label(printed);
        return label.equals("合计") || label.equals("总计");
    }
}
