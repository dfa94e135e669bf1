package org.openbudget.aggregation.consistency;

import org.openbudget.aggregation.event.AssetYearChanged;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.event.ValidationReport;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.budget.Fund;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.budget.ThreePublicItem;
import org.openbudget.disclosure.budget.ThreePublicLine;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * The checks that need more than one owner's data, or the whole disclosure, for one department-year
 * (docs/DESIGN.md §4, issue "consistency report"). Plain Java over the events' records (amounts in 元); budget-internal
 * checks (parents = Σ children …) are budget-service's and arrive with its event as {@code validation}.
 *
 * @param budget      the budget (current or published), or null when none arrived
 * @param validation  budget-service's validation report of that budget, or null
 * @param targets     the performance target set, or null
 * @param plan        the procurement plan of the budget year in the scope, or null
 * @param assetsAsOf  the asset-year state with the holdings the document shows (the prior year-end), or null
 */
public record ConsistencyRules(String department, int year, BudgetVersion budget, ValidationReport validation,
                               TargetsChanged targets, AssetYearChanged.Plan plan, AssetYearChanged assetsAsOf,
                               LocalDate today) {

    /** Disclosure is due this many days after approval (《地方预决算公开操作规程》). */
    static final int DISCLOSURE_DAYS = 20;

    /** Where approval and publication days are counted. */
    static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        if (budget == null) {
            out.add(finding("completeness.budget", Finding.ERROR, List.of(),
                    "未收到" + year + "年部门预算，九张公开表无法生成。"));
            return out;
        }
        budgetInternal(out);
        threePublicAgainstEconomic(out);
        performanceCoverage(out);
        procurementAgainstFunds(out);
        completeness(out);
        timeliness(out);
        return out;
    }

    private BudgetContent content() {
        return budget.content();
    }

    /** Budget-service's own findings, carried by its event; rounding gaps stay info. */
    private void budgetInternal(List<Finding> out) {
        if (validation == null) {
            return;
        }
        for (ValidationReport.Finding f : validation.findings()) {
            List<Finding.Figure> figures = new ArrayList<>();
            for (ValidationReport.Figure fig : f.figures()) {
                figures.add(new Finding.Figure(fig.label() != null ? fig.label() : fig.cell(),
                        inWan(fig.stated()), inWan(fig.expected()), inWan(fig.difference())));
            }
            String severity = switch (f.severity() == null ? "" : f.severity()) {
                case "error" -> Finding.ERROR;
                case "warning" -> Finding.WARNING;
                default -> Finding.INFO;
            };
            out.add(finding("budget." + f.rule(), severity, figures, budgetSentence(f, figures, severity)));
        }
    }

    private BigDecimal inWan(BigDecimal v) {
        return v == null ? null : validation.inWan() ? v : WAN_YUAN.fromYuan(v);
    }

    /** budget-service words its findings for developers; the report says them in Chinese from the figures. */
    private static String budgetSentence(ValidationReport.Finding f, List<Finding.Figure> figures, String severity) {
        String subject = f.subject() == null ? "" : f.subject();
        if (figures.isEmpty()) {
            return subject + "：" + f.message();
        }
        StringBuilder sb = new StringBuilder(subject).append("：");
        for (int i = 0; i < figures.size(); i++) {
            Finding.Figure fig = figures.get(i);
            // a blank cell has no stated figure: the table leaves it empty where the other table has an amount
            sb.append(i == 0 ? "" : "；").append(fig.label()).append("列示")
                    .append(fig.stated() == null ? "空白" : fig.stated().toPlainString() + "万元")
                    .append("，应为").append(fig.expected() == null ? "空白" : fig.expected().toPlainString() + "万元");
        }
        return sb.append(severity.equals(Finding.INFO) ? "，差异在四舍五入允许范围内。" : "，不一致。").toString();
    }

    /** "三公" 公务接待 = economic 30217; 公务用车运行维护 = 30231 (docs/DESIGN.md §4). */
    private void threePublicAgainstEconomic(List<Finding> out) {
        Map<ThreePublicItem, ThreePublicLine> threePublic = Sums.threePublic(content());
        Map<String, BigDecimal> economic = new HashMap<>();
        for (EconomicLine line : content().economic().lines()) {
            economic.put(line.code(), line.publicUse());
        }
        compare(out, "cross.three-public.reception", ThreePublicItem.RECEPTION, threePublic, "30217", economic);
        compare(out, "cross.three-public.vehicle-operation", ThreePublicItem.VEHICLE_OPERATION, threePublic, "30231", economic);
    }

    private void compare(List<Finding> out, String rule, ThreePublicItem item, Map<ThreePublicItem, ThreePublicLine> threePublic,
                         String economicCode, Map<String, BigDecimal> economic) {
        BigDecimal a = Amounts.orZero(threePublic.get(item).total());
        BigDecimal b = Amounts.orZero(economic.get(economicCode));
        BigDecimal gap = a.subtract(b).abs();
        if (gap.signum() == 0) {
            return;
        }
        // the economic 款 is named like the "三公" item it must equal
        String what = item.label();
        String otherLabel = economicCode + " " + what;
        String severity = gap.compareTo(tolerance(1)) <= 0 ? Finding.INFO : Finding.ERROR;
        out.add(finding(rule, severity, List.of(new Finding.Figure("“三公”经费表 " + what, WAN_YUAN.fromYuan(a), WAN_YUAN.fromYuan(b),
                        WAN_YUAN.fromYuan(a.subtract(b)))),
                "“三公”经费表的" + what + WAN_YUAN.fixed(a) + "万元与基本支出表经济分类" + otherLabel + WAN_YUAN.fixed(b) + "万元不一致"
                        + (severity.equals(Finding.INFO) ? "（四舍五入差异）。" : "。")));
    }

    /** Σ performance project amounts ≤ 项目支出, and every 项目支出 line has targets. */
    private void performanceCoverage(List<Finding> out) {
        BigDecimal project = BigDecimal.ZERO;
        Map<String, BigDecimal> projectLines = new HashMap<>();
        for (FunctionalLine line : content().functional().lines()) {
            if (line.code().length() != 7) {
                continue;
            }
            BigDecimal p = Sums.expenditureOf(line).type(ExpenditureType.PROJECT);
            if (p != null && p.signum() > 0) {
                projectLines.put(line.code(), p);
                project = project.add(p);
            }
        }
        if (targets == null) {
            if (project.signum() > 0) {
                out.add(finding("cross.performance.missing", Finding.ERROR,
                        List.of(new Finding.Figure("项目支出", WAN_YUAN.fromYuan(project), null, null)),
                        "项目支出" + WAN_YUAN.fixed(project) + "万元，但未收到预算绩效目标。"));
            }
            return;
        }
        BigDecimal covered = BigDecimal.ZERO;
        Map<String, BigDecimal> coveredByCode = new HashMap<>();
        int withAmount = 0;
        for (TargetsChanged.Project p : targets.projects()) {
            BigDecimal yuan = p.budget() == null ? null : p.budget().yuan();
            if (yuan != null) {
                withAmount++;
                covered = covered.add(yuan);
            }
            if (p.functionalCode() != null && !p.functionalCode().isEmpty()) {
                coveredByCode.merge(p.functionalCode(), Amounts.orZero(yuan), BigDecimal::add);
            }
        }
        int projects = targets.projects().size();
        if (withAmount == 0) {
            // many published target tables (the seed's among them) print no amounts: nothing to compare
            if (project.signum() > 0) {
                out.add(finding("cross.performance.no-amounts", Finding.INFO,
                        List.of(new Finding.Figure("项目支出", WAN_YUAN.fromYuan(project), null, null)),
                        "项目绩效目标表（" + projects + "个）未列项目金额，无法核对其是否覆盖项目支出" + WAN_YUAN.fixed(project) + "万元。"));
            }
            return;
        }
        List<Finding.Figure> compared = List.of(new Finding.Figure("绩效目标项目资金合计", WAN_YUAN.fromYuan(covered),
                WAN_YUAN.fromYuan(project), WAN_YUAN.fromYuan(covered.subtract(project))));
        if (covered.subtract(project).compareTo(tolerance(projects)) > 0) {
            out.add(finding("cross.performance.exceeds-project", Finding.ERROR, compared,
                    "绩效目标表所列项目资金合计" + WAN_YUAN.fixed(covered) + "万元，超过项目支出" + WAN_YUAN.fixed(project) + "万元。"));
        } else if (project.subtract(covered).compareTo(tolerance(projects)) > 0) {
            out.add(finding("cross.performance.uncovered", Finding.WARNING, compared,
                    "项目支出" + WAN_YUAN.fixed(project) + "万元中，只有" + WAN_YUAN.fixed(covered) + "万元编报了绩效目标。"));
        }
        if (!coveredByCode.isEmpty()) {
            projectLines.forEach((code, amount) -> {
                if (!coveredByCode.containsKey(code)) {
                    out.add(finding("cross.performance.line-without-targets", Finding.WARNING,
                            List.of(new Finding.Figure(code + " 项目支出", WAN_YUAN.fromYuan(amount), null, null)),
                            "功能分类" + code + "的项目支出" + WAN_YUAN.fixed(amount) + "万元没有对应的项目绩效目标表。"));
                }
            });
        }
    }

    /** The procurement plan cannot spend more of a fund than the budget gives that fund. */
    private void procurementAgainstFunds(List<Finding> out) {
        if (plan == null || plan.totals() == null || plan.totals().funding() == null) {
            return;
        }
        Map<Fund, BigDecimal> byFund = new EnumMap<>(Fund.class);
        for (FunctionalLine line : content().functional().lines()) {
            if (line.code().length() == 3) {
                for (Fund fund : Fund.APPROPRIATIONS) {
                    BigDecimal spent = Sums.expenditureOf(line).fundTotal(fund);
                    if (spent != null) {
                        byFund.merge(fund, spent, BigDecimal::add);
                    }
                }
            }
        }
        AssetYearChanged.Funding funding = plan.totals().funding();
        checkFund(out, "一般公共预算拨款", funding.generalBudget(), byFund.get(Fund.GENERAL_BUDGET));
        checkFund(out, "基金预算拨款", funding.governmentFund(), byFund.get(Fund.GOVERNMENT_FUND));
        checkFund(out, "国有资本经营预算拨款", funding.stateCapital(), byFund.get(Fund.STATE_CAPITAL));
    }

    private void checkFund(List<Finding> out, String label, BigDecimal procurement, BigDecimal spending) {
        if (procurement == null || procurement.signum() == 0) {
            return;
        }
        BigDecimal available = Amounts.orZero(spending);
        if (procurement.compareTo(available) > 0) {
            out.add(finding("cross.procurement.exceeds-fund", Finding.ERROR,
                    List.of(new Finding.Figure("政府采购 " + label, WAN_YUAN.fromYuan(procurement), WAN_YUAN.fromYuan(available),
                            WAN_YUAN.fromYuan(procurement.subtract(available)))),
                    "政府采购预算中" + label + WAN_YUAN.fixed(procurement) + "万元，超过该资金的支出预算" + WAN_YUAN.fixed(spending) + "万元。"));
        }
    }

    /** What sections 二–七 need: prior-year figures, reasons for "三公" changes, 机关运行经费, targets, assets. */
    private void completeness(List<Finding> out) {
        Map<PriorYearItem, PriorYearFigure> prior = new EnumMap<>(PriorYearItem.class);
        for (PriorYearFigure p : content().priorYear()) {
            prior.put(p.item(), p);
        }
        Map<PriorYearItem, String> overall = Map.of(PriorYearItem.TOTAL, "收支总预算", PriorYearItem.BASIC, "基本支出预算",
                PriorYearItem.PROJECT, "项目支出预算");
        for (PriorYearItem item : List.of(PriorYearItem.TOTAL, PriorYearItem.BASIC, PriorYearItem.PROJECT)) {
            if (!prior.containsKey(item)) {
                out.add(finding("completeness.prior-year." + item.wireName(), Finding.WARNING, List.of(),
                        "缺少上年" + overall.get(item) + "，第二部分无法说明增减变化。"));
            }
        }
        Map<ThreePublicItem, ThreePublicLine> current = Sums.threePublic(content());
        Map<PriorYearItem, ThreePublicItem> explained = Map.of(PriorYearItem.OUTBOUND, ThreePublicItem.OUTBOUND,
                PriorYearItem.VEHICLE_PURCHASE, ThreePublicItem.VEHICLE_PURCHASE,
                PriorYearItem.VEHICLE_OPERATION, ThreePublicItem.VEHICLE_OPERATION,
                PriorYearItem.RECEPTION, ThreePublicItem.RECEPTION);
        for (PriorYearItem item : List.of(PriorYearItem.OUTBOUND, PriorYearItem.VEHICLE_PURCHASE,
                PriorYearItem.VEHICLE_OPERATION, PriorYearItem.RECEPTION)) {
            PriorYearFigure p = prior.get(item);
            BigDecimal now = Amounts.orZero(current.get(explained.get(item)).total());
            if (p == null) {
                if (now.signum() != 0) {
                    out.add(finding("completeness.three-public.prior-year", Finding.WARNING, List.of(),
                            "“三公”经费中" + item.label() + "缺少上年预算数，无法说明增减变化。"));
                }
                continue;
            }
            BigDecimal before = Amounts.orZero(p.amount());
            boolean changed = now.compareTo(before) != 0;
            if (changed && (p.reason() == null || p.reason().isBlank())) {
                out.add(finding("completeness.three-public.reason", Finding.WARNING,
                        List.of(new Finding.Figure(item.label(), WAN_YUAN.fromYuan(now), WAN_YUAN.fromYuan(before), WAN_YUAN.fromYuan(now.subtract(before)))),
                        "“三公”经费中" + item.label() + "较上年变化" + WAN_YUAN.fixed(now.subtract(before)) + "万元，未说明增减变化原因。"));
            }
        }
        boolean hasPublicUse = Sums.economicTotal(content()).publicUse() != null
                || content().economic().lines().stream().map(EconomicLine::publicUse).anyMatch(Objects::nonNull);
        if (!hasPublicUse) {
            out.add(finding("completeness.agency-operation", Finding.WARNING, List.of(),
                    "基本支出表没有公用经费，机关运行经费无法说明。"));
        }
        if (assetsAsOf == null || assetsAsOf.holdings().isEmpty()) {
            out.add(finding("completeness.assets", Finding.WARNING, List.of(), "未收到国有资产占用情况，第七部分无法说明。"));
        }
        if (plan == null) {
            out.add(finding("completeness.procurement", Finding.WARNING, List.of(),
                    "未收到政府采购预算；如无采购，应报送空的采购预算以便“空表列示”。"));
        }
    }

    /** Disclosure is due 20 days after approval (地方预决算公开操作规程). */
    /**
     * Disclosure within 20 days of approval. Days are counted in China, where the approval day is: a publication at
     * 00:30 in Beijing is 16:30 UTC the day before. A budget whose year is over and that the platform never saw
     * published (history loaded from the archive, or published elsewhere) is not judged against today — that would
     * call a 2022 budget years overdue on the day it was loaded — and says so instead; a published one is judged on
     * its recorded publication day, whenever it was loaded.
     */
    private void timeliness(List<Finding> out) {
        LocalDate approved = budget.header().approvalDate();
        if (approved == null) {
            return;
        }
        LocalDate due = approved.plusDays(DISCLOSURE_DAYS);
        if (budget.header().publishedAt() != null) {
            LocalDate published = budget.header().publishedAt().atZoneSameInstant(CHINA).toLocalDate();
            long late = ChronoUnit.DAYS.between(due, published);
            if (late > 0) {
                out.add(finding("timeliness.late", Finding.ERROR, List.of(),
                        "预算于" + approved + "批复，应于" + due + "前公开，实际" + published + "公开，逾期" + late + "天。"));
            }
        } else if (year < today.getYear()) {
            out.add(finding("timeliness.unrecorded", Finding.INFO, List.of(),
                    "预算于" + approved + "批复，应于" + due + "前公开；平台未记录其公开日期，" + year
                            + "年度已结束，不以今日计算逾期。"));
        } else if (today.isAfter(due)) {
            out.add(finding("timeliness.overdue", Finding.ERROR, List.of(),
                    "预算于" + approved + "批复，应于" + due + "前公开，至今未公开，已逾期" + ChronoUnit.DAYS.between(due, today) + "天。"));
        } else {
            out.add(finding("timeliness.due", Finding.INFO, List.of(),
                    "预算于" + approved + "批复，应于" + due + "前公开。"));
        }
    }

    /** Tolerance for n summed cells of a 万元 document: 0.01 万元 each; 元 documents have none. */
    private BigDecimal tolerance(int cells) {
        return budget.header().enteredInWan()
                ? AmountUnit.WAN_YUAN.stepInYuan().multiply(BigDecimal.valueOf(Math.max(1, cells))) : BigDecimal.ZERO;
    }

    private Finding finding(String rule, String severity, List<Finding.Figure> figures, String message) {
        return new Finding(rule, severity, department, year, figures, message);
    }
}
