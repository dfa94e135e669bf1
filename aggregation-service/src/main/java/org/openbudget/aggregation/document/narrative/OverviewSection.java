package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Heading;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.document.source.Profile;
import org.openbudget.disclosure.money.Amounts;
import org.openbudget.disclosure.classification.FunctionalClasses;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.Sums;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * 二、部门预算安排的总体情况 — revenue and expenditure totals with their parts, and the change against the
 * prior year, all computed from the budget (the seed: 394.3, 336.3 = 288.65 + 47.65, 58, 减少583.26万元 …).
 */
public final class OverviewSection {

    static final String TITLE = "二、部门预算安排的总体情况";

    private OverviewSection() {
    }

    public static Section build(DocumentInput in) {
        BudgetContent b = in.budget().content();
        int year = in.year();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("按照预算管理有关规定，目前县部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算中。"
                + scope(in.profile())));

        Revenue r = b.revenueOrBlank();
        CarryOver carryOver = b.carryOverOrBlank();
        BigDecimal revenueTotal = Amounts.sum(r.total(), carryOver.priorYear());
        BigDecimal others = Amounts.sum(r.institution(), r.institutionOperating(), r.superiorSubsidy(), r.affiliatedRemittance(), r.other());
        blocks.add(new Heading(2, "1.收入说明。"));
        blocks.add(Paragraph.of("反映本部门当年全部收入。" + year + "年预算收入" + WAN_YUAN.sentence(revenueTotal) + "万元。其中，一般公共预算拨款收入"
                + WAN_YUAN.sentence(r.generalBudget()) + "万元、基金预算拨款收入" + WAN_YUAN.sentence(r.governmentFund())
                + "万元、国有资本经营预算拨款收入" + WAN_YUAN.sentence(r.stateCapital()) + "万元、财政专户核拨收入"
                + WAN_YUAN.sentence(r.specialAccount()) + "万元，其他来源收入" + WAN_YUAN.sentence(others) + "万元"
                + (carryOver.priorYear() == null ? "" : "，上年结转结余" + WAN_YUAN.sentence(carryOver.priorYear()) + "万元")
                + "。"));

        FunctionalExpenditure total = Sums.expenditureOf(Sums.functionalTotal(b));
        EconomicFigures economic = Sums.economicTotal(b);
        StringBuilder spending = new StringBuilder("收支预算总表支出栏、支出总表、基本支出表按支出功能分类和经济分类科目编制，"
                + "反映年度部门预算中支出预算的总体情况。");
        spending.append(year).append("年支出预算").append(WAN_YUAN.sentence(total.total())).append("万元。其中，基本支出")
                .append(WAN_YUAN.sentence(total.type(ExpenditureType.BASIC))).append("万元，包括人员经费")
                .append(WAN_YUAN.sentence(economic.personnel())).append("万元和日常公用经费").append(WAN_YUAN.sentence(economic.publicUse()))
                .append("万元；项目支出").append(WAN_YUAN.sentence(total.type(ExpenditureType.PROJECT))).append("万元");
        String projects = projectsByClass(b);
        if (!projects.isEmpty()) {
            spending.append("，主要为").append(projects);
        }
        for (ExpenditureType other : List.of(ExpenditureType.OPERATING, ExpenditureType.SUPERIOR_REMITTANCE, ExpenditureType.AFFILIATE_SUBSIDY)) {
            BigDecimal amount = total.type(other);
            if (amount != null && amount.signum() != 0) {
                spending.append("；").append(other.label()).append(WAN_YUAN.sentence(amount)).append("万元");
            }
        }
        blocks.add(new Heading(2, "2.支出说明。"));
        blocks.add(Paragraph.of(spending.append("。").toString()));

        blocks.add(new Heading(2, "3.比上年增减情况。"));
        blocks.add(Paragraph.of(yearOverYear(b, year, total)));
        return new Section(TITLE, blocks);
    }

    /** "纳入本部门预算编制范围的单位共1个：高邑县政府办本级。" from the units of 机构设置. */
    private static String scope(Profile profile) {
        if (profile.units().isEmpty()) {
            return profile.name() + "的全部收支包含在部门预算中。";
        }
        return "纳入" + profile.name() + "部门预算编制范围的单位共" + profile.units().size() + "个："
                + String.join("、", profile.units().stream().map(Profile.Unit::name).toList()) + "，其全部收支包含在部门预算中。";
    }

    /** "一般公共服务支出38万元、节能环保支出20万元": project expenditure by functional 类. */
    private static String projectsByClass(BudgetContent b) {
        List<String> parts = new ArrayList<>();
        b.functional().lines().stream().filter(l -> l.code().length() == 3).forEach(l -> {
            BigDecimal project = Sums.expenditureOf(l).type(ExpenditureType.PROJECT);
            if (project != null && WAN_YUAN.fromYuan(project).signum() != 0) {
                String name = l.name() != null ? l.name() : FunctionalClasses.name(l.code()).orElse(l.code());
                parts.add(name + WAN_YUAN.sentence(project) + "万元");
            }
        });
        return String.join("、", parts);
    }

    private static String yearOverYear(BudgetContent b, int year, FunctionalExpenditure total) {
        Optional<PriorYearFigure> priorTotal = PriorYear.of(b, PriorYearItem.TOTAL);
        BigDecimal current = Amounts.sum(total.total(), b.carryOverOrBlank().yearEnd());
        if (priorTotal.isEmpty()) {
            return year + "年预算收支安排" + WAN_YUAN.sentence(current) + "万元；" + (year - 1) + "年预算数未录入，不作比较。";
        }
        Change change = new Change(current, priorTotal.get().amount());
        StringBuilder s = new StringBuilder().append(year).append("年预算收支安排").append(WAN_YUAN.sentence(current)).append("万元，");
        s.append(change.unchanged() ? "与" + (year - 1) + "年预算持平" : "较" + (year - 1) + "年预算" + change.amountAndPercent());
        s.append(PriorYear.reason(priorTotal.get()));
        List<String> parts = new ArrayList<>();
        part(parts, b, PriorYearItem.BASIC, total.type(ExpenditureType.BASIC));
        part(parts, b, PriorYearItem.PROJECT, total.type(ExpenditureType.PROJECT));
        if (!parts.isEmpty()) {
            s.append("。其中：").append(String.join("；", parts));
        }
        return s.append("。").toString();
    }

    private static void part(List<String> parts, BudgetContent b, PriorYearItem item, BigDecimal current) {
        PriorYear.of(b, item).ifPresent(prior -> {
            Change change = new Change(current, prior.amount());
            parts.add(item.label() + (change.unchanged() ? "与上年持平" : change.amountAndPercent()) + PriorYear.reason(prior));
        });
    }
}
