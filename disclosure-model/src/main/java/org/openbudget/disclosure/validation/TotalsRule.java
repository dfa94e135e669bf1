package org.openbudget.disclosure.validation;

import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.CarryOver;
import org.openbudget.disclosure.budget.EconomicFigures;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalExpenditure;
import org.openbudget.disclosure.budget.FunctionalRevenue;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.Revenue;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The totals that must agree across tables 1–6:
 * <ul>
 *   <li>{@code totals.revenue-by-source} — table 2's 合计 row per source = table 1's sources</li>
 *   <li>{@code totals.balance} — table 1: 收入总计 = 支出总计</li>
 *   <li>{@code totals.revenue-expenditure} — table 2 合计 = table 3 合计 + 年终结转结余</li>
 *   <li>{@code totals.appropriation-balance} — table 4 per fund: 拨款收入 + 年初结转 = 支出 + 年末结转</li>
 *   <li>{@code totals.basic-expenditure} — table 6 合计 = table 5 基本支出</li>
 *   <li>{@code economic.personnel} — 人员经费 = 301 + 303; {@code economic.public-use} — 公用经费 = 302 (+ other 类)</li>
 * </ul>
 */
public class TotalsRule implements Rule {

    @Override
    public List<Finding> check(ValidationInput in) {
        BudgetContent c = in.content();
        Revenue revenue = c.revenueOrBlank();
        CarryOver carryOver = c.carryOverOrBlank();
        FunctionalRevenue t2 = Sums.revenueOf(Sums.functionalTotal(c));
        FunctionalExpenditure t3 = Sums.expenditureOf(Sums.functionalTotal(c));
        List<Finding> findings = new ArrayList<>();

        Gaps sources = new Gaps("totals.revenue-by-source", "收入 by source", "table 2's 合计 row differs from table 1",
                in.inputUnit());
        pair(sources, "functional.total.revenue.appropriation", "财政拨款收入", t2.appropriation(),
                List.of("revenue.generalBudget", "revenue.governmentFund", "revenue.stateCapital"),
                revenue.generalBudget(), revenue.governmentFund(), revenue.stateCapital());
        pair(sources, "functional.total.revenue.specialAccount", "财政专户收入", t2.specialAccount(),
                List.of("revenue.specialAccount"), revenue.specialAccount());
        pair(sources, "functional.total.revenue.institution", "事业收入", t2.institution(),
                List.of("revenue.institution"), revenue.institution());
        pair(sources, "functional.total.revenue.institutionOperating", "经营收入", t2.institutionOperating(),
                List.of("revenue.institutionOperating"), revenue.institutionOperating());
        pair(sources, "functional.total.revenue.superiorSubsidy", "上级补助收入", t2.superiorSubsidy(),
                List.of("revenue.superiorSubsidy"), revenue.superiorSubsidy());
        pair(sources, "functional.total.revenue.affiliatedRemittance", "附属单位上缴收入", t2.affiliatedRemittance(),
                List.of("revenue.affiliatedRemittance"), revenue.affiliatedRemittance());
        pair(sources, "functional.total.revenue.other", "其他收入", t2.other(), List.of("revenue.other"), revenue.other());
        pair(sources, "functional.total.revenue.carryOver", "上年结转", t2.carryOver(),
                List.of("carryOver.priorYear"), carryOver.priorYear());
        findings.addAll(sources.findings());

        Gaps balance = new Gaps("totals.balance", "收入总计 / 支出总计", "table 1 does not balance", in.inputUnit());
        List<BigDecimal> income = new ArrayList<>(revenue.all());
        income.add(carryOver.priorYear());
        List<BigDecimal> spending = expenditureCells(t3);
        spending.add(carryOver.yearEnd());
        balance.compare("收入总计", "收入总计 vs 支出总计", Amounts.sum(income), Amounts.sum(spending),
                count(income) + count(spending) - 1, List.of("revenue", "carryOver.priorYear", "functional.total.expenditure",
                        "carryOver.yearEnd"));
        findings.addAll(balance.findings());

        Gaps t2t3 = new Gaps("totals.revenue-expenditure", "合计 (tables 2 and 3)",
                "table 2's 合计 differs from table 3's 合计 + 年终结转结余", in.inputUnit());
        List<BigDecimal> t2cells = Arrays.asList(t2.appropriation(), t2.specialAccount(), t2.institution(),
                t2.institutionOperating(), t2.superiorSubsidy(), t2.affiliatedRemittance(), t2.other(), t2.carryOver());
        t2t3.compare("functional.total.revenue", "收入合计 vs 支出合计 + 年终结转结余", Amounts.sum(t2cells), Amounts.sum(spending),
                count(t2cells) + count(spending) - 1, List.of("functional.total.expenditure", "carryOver.yearEnd"));
        findings.addAll(t2t3.findings());

        Gaps t4 = new Gaps("totals.appropriation-balance", "财政拨款 (table 4)",
                "拨款收入 + 年初结转和结余 differs from 支出 + 年末结转和结余", in.inputUnit());
        BigDecimal[] fundRevenue = {revenue.generalBudget(), revenue.governmentFund(), revenue.stateCapital()};
        for (int f = 0; f < Fund.APPROPRIATIONS.length; f++) {
            Fund fund = Fund.APPROPRIATIONS[f];
            String name = fund.wireName();
            List<BigDecimal> out = new ArrayList<>(typeCells(t3, fund));
            out.add(carryOver.closing(fund));
            List<BigDecimal> inc = Arrays.asList(fundRevenue[f], carryOver.opening(fund));
            t4.compare("revenue." + name, fund.label() + " 收入 vs 支出", Amounts.sum(inc), Amounts.sum(out),
                    count(inc) + count(out) - 1, List.of("carryOver.opening" + cap(name),
                            "functional.total.expenditure." + name, "carryOver.closing" + cap(name)));
        }
        findings.addAll(t4.findings());

        EconomicFigures economic = Sums.economicTotal(c);
        Gaps basic = new Gaps("totals.basic-expenditure", "基本支出 (tables 5 and 6)",
                "table 6's 合计 differs from table 5's 基本支出", in.inputUnit());
        basic.compare("economic.total", "人员经费 + 公用经费 vs 一般公共预算基本支出", economic.total(),
                t3.get(Fund.GENERAL_BUDGET, ExpenditureType.BASIC),
                count(Arrays.asList(economic.personnel(), economic.publicUse())),
                List.of("functional.total.expenditure.generalBudget.basic"));
        findings.addAll(basic.findings());

        List<EconomicLine> lines = c.economic().lines();
        List<EconomicLine> personnelClasses = lines.stream().filter(l -> l.code().equals("301") || l.code().equals("303")).toList();
        List<EconomicLine> otherClasses = lines.stream().filter(l -> l.code().length() == 3
                && !l.code().equals("301") && !l.code().equals("303")).toList();
        if (!lines.isEmpty()) {
            Gaps personnel = new Gaps("economic.personnel", "人员经费", "人员经费 differs from 301 + 303", in.inputUnit());
            List<BigDecimal> p = personnelClasses.stream().map(EconomicLine::total).toList();
            personnel.compare("economic.total.personnel", "人员经费 vs 301 + 303", economic.personnel(), Amounts.sum(p),
                    Math.max(1, count(p)), personnelClasses.stream().map(l -> "economic[" + l.code() + "]").toList());
            findings.addAll(personnel.findings());
            Gaps publicUse = new Gaps("economic.public-use", "公用经费", "公用经费 differs from 302 (and the other 类)",
                    in.inputUnit());
            List<BigDecimal> o = otherClasses.stream().map(EconomicLine::total).toList();
            publicUse.compare("economic.total.publicUse", "公用经费 vs 302", economic.publicUse(), Amounts.sum(o),
                    Math.max(1, count(o)), otherClasses.stream().map(l -> "economic[" + l.code() + "]").toList());
            findings.addAll(publicUse.findings());
        }
        return findings;
    }

    private static void pair(Gaps gaps, String cell, String label, BigDecimal stated, List<String> involved,
                             BigDecimal... expected) {
        List<BigDecimal> parts = Arrays.asList(expected);
        gaps.compare(cell, label, stated, Amounts.sum(parts), Math.max(1, count(parts)), involved);
    }

    private static List<BigDecimal> expenditureCells(FunctionalExpenditure e) {
        List<BigDecimal> cells = new ArrayList<>();
        for (Fund fund : Fund.values()) {
            cells.addAll(typeCells(e, fund));
        }
        return cells;
    }

    private static List<BigDecimal> typeCells(FunctionalExpenditure e, Fund fund) {
        return Arrays.stream(ExpenditureType.values()).map(t -> e.get(fund, t)).toList();
    }

    private static int count(List<BigDecimal> cells) {
        return (int) cells.stream().filter(Objects::nonNull).count();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
