package org.openbudget.seeds.parse;

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
            Map.entry("政府性基金预算拨款收入", "governmentFund"),
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
            Map.entry("政府性基金预算拨款", "governmentFund"),
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

    /** Items of the "三公" table, as budget-service names them. */
    private static final Map<String, String> THREE_PUBLIC = Map.ofEntries(
            Map.entry("合计", "total"),
            Map.entry("“三公“经费小计", "subtotal"),
            Map.entry("三公经费小计", "subtotal"),
            Map.entry("因公出国（境）费", "outbound"),
            Map.entry("教学科研人员因公出国（境）费", "outboundTeaching"),
            Map.entry("其他因公出国（境）费", "outboundOther"),
            Map.entry("公务用车购置及运维费", "vehicle"),
            Map.entry("公务用车购置及运行费", "vehicle"),
            Map.entry("公务用车购置及运行维护费", "vehicle"),
            Map.entry("公务用车购置费", "vehiclePurchase"),
            Map.entry("公务用车运行维护费", "vehicleOperation"),
            Map.entry("公务用车运行费", "vehicleOperation"),
            Map.entry("公务接待费", "reception"));

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
        String label = Texts.label(printed);
        if (label.startsWith("其中：")) {
            label = label.substring(3);
        }
        return Optional.ofNullable(THREE_PUBLIC.get(label));
    }

    public static boolean isTotal(String printed) {
        String label = Texts.label(printed);
        return label.equals("合计") || label.equals("总计");
    }
}
