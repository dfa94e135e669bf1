package org.openbudget.aggregation.consistency;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that need more than one owner's data, or the whole disclosure, for one department-year
 * (DESIGN §4, issue "consistency report"). Plain Java over the events' JSON (amounts in 元); budget-internal
 * checks (parents = Σ children …) are budget-service's and arrive with its event as {@code validation}.
 *
 * @param budget      the budget document (current or published), or null when none arrived
 * @param validation  budget-service's validation report of that budget, or null
 * @param targets     the performance target set, or null
 * @param assetYear   the asset-year state of the budget year, or null
 * @param assetsAsOf  the asset-year state with the holdings the document shows (the prior year-end), or null
 */
public record ConsistencyRules(String department, int year, JsonNode budget, JsonNode validation, JsonNode targets,
                               JsonNode assetYear, JsonNode assetsAsOf, LocalDate today) {

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

    /** Budget-service's own findings, carried by its event; rounding gaps stay info. */
    private void budgetInternal(List<Finding> out) {
        if (validation == null || validation.isNull()) {
            return;
        }
        boolean wan = "万元".equals(validation.path("unit").asText());
        for (JsonNode f : validation.path("findings")) {
            List<Finding.Figure> figures = new ArrayList<>();
            for (JsonNode fig : f.path("figures")) {
                figures.add(new Finding.Figure(fig.path("label").asText(fig.path("cell").asText()),
                        inWan(Wan.amount(fig, "stated"), wan), inWan(Wan.amount(fig, "expected"), wan),
                        inWan(Wan.amount(fig, "difference"), wan)));
            }
            String severity = switch (f.path("severity").asText()) {
                case "error" -> Finding.ERROR;
                case "warning" -> Finding.WARNING;
                default -> Finding.INFO;
            };
            out.add(finding("budget." + f.path("rule").asText(), severity, figures, budgetSentence(f, figures, severity)));
        }
    }

    /** budget-service words its findings for developers; the report says them in Chinese from the figures. */
    private static String budgetSentence(JsonNode f, List<Finding.Figure> figures, String severity) {
        String subject = f.path("subject").asText("");
        if (figures.isEmpty()) {
            return subject + "：" + f.path("message").asText();
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

    private static BigDecimal inWan(BigDecimal v, boolean alreadyWan) {
        return v == null ? null : alreadyWan ? v : Wan.of(v);
    }

    /** "三公" 公务接待 = economic 30217; 公务用车运行维护 = 30231 (DESIGN §4). */
    private void threePublicAgainstEconomic(List<Finding> out) {
        Map<String, BigDecimal> threePublic = new HashMap<>();
        for (JsonNode line : budget.path("threePublic")) {
            BigDecimal sum = null;
            for (String fund : List.of("generalBudget", "governmentFund", "stateCapital")) {
                BigDecimal v = Wan.amount(line, fund);
                sum = sum == null ? v : v == null ? sum : sum.add(v);
            }
            threePublic.put(line.path("item").asText(), sum);
        }
        Map<String, BigDecimal> economic = new HashMap<>();
        for (JsonNode line : budget.path("economic").path("lines")) {
            economic.put(line.path("code").asText(), Wan.amount(line, "publicUse"));
        }
        compare(out, "cross.three-public.reception", "公务接待费", threePublic.get("reception"), "30217 公务接待费", economic.get("30217"));
        compare(out, "cross.three-public.vehicle-operation", "公务用车运行维护费", threePublic.get("vehicleOperation"),
                "30231 公务用车运行维护费", economic.get("30231"));
    }

    private void compare(List<Finding> out, String rule, String what, BigDecimal stated, String otherLabel, BigDecimal other) {
        BigDecimal a = Wan.nz(stated);
        BigDecimal b = Wan.nz(other);
        BigDecimal gap = a.subtract(b).abs();
        if (gap.signum() == 0) {
            return;
        }
        String severity = gap.compareTo(tolerance(1)) <= 0 ? Finding.INFO : Finding.ERROR;
        out.add(finding(rule, severity, List.of(new Finding.Figure("“三公”经费表 " + what, Wan.of(a), Wan.of(b), Wan.of(a.subtract(b)))),
                "“三公”经费表的" + what + Wan.text(a) + "万元与基本支出表经济分类" + otherLabel + Wan.text(b) + "万元不一致"
                        + (severity.equals(Finding.INFO) ? "（四舍五入差异）。" : "。")));
    }

    /** Σ performance project amounts ≤ 项目支出, and every 项目支出 line has targets. */
    private void performanceCoverage(List<Finding> out) {
        BigDecimal project = BigDecimal.ZERO;
        Map<String, BigDecimal> projectLines = new HashMap<>();
        for (JsonNode line : budget.path("functional").path("lines")) {
            if (line.path("code").asText().length() != 7) {
                continue;
            }
            BigDecimal p = null;
            for (JsonNode byType : line.path("expenditure")) {
                BigDecimal v = Wan.amount(byType, "project");
                p = p == null ? v : v == null ? p : p.add(v);
            }
            if (p != null && p.signum() > 0) {
                projectLines.put(line.path("code").asText(), p);
                project = project.add(p);
            }
        }
        if (targets == null || targets.isNull()) {
            if (project.signum() > 0) {
                out.add(finding("cross.performance.missing", Finding.ERROR,
                        List.of(new Finding.Figure("项目支出", Wan.of(project), null, null)),
                        "项目支出" + Wan.text(project) + "万元，但未收到预算绩效目标。"));
            }
            return;
        }
        BigDecimal covered = BigDecimal.ZERO;
        Map<String, BigDecimal> coveredByCode = new HashMap<>();
        int withAmount = 0;
        for (JsonNode p : targets.path("projects")) {
            BigDecimal yuan = Wan.amount(p.path("budget"), "yuan");
            if (yuan != null) {
                withAmount++;
                covered = covered.add(yuan);
            }
            String code = p.path("functionalCode").asText("");
            if (!code.isEmpty()) {
                coveredByCode.merge(code, Wan.nz(yuan), BigDecimal::add);
            }
        }
        if (withAmount == 0) {
            // many published target tables (the seed's among them) print no amounts: nothing to compare
            if (project.signum() > 0) {
                out.add(finding("cross.performance.no-amounts", Finding.INFO,
                        List.of(new Finding.Figure("项目支出", Wan.of(project), null, null)),
                        "项目绩效目标表（" + targets.path("projects").size() + "个）未列项目金额，无法核对其是否覆盖项目支出"
                                + Wan.text(project) + "万元。"));
            }
            return;
        }
        if (covered.subtract(project).compareTo(tolerance(targets.path("projects").size())) > 0) {
            out.add(finding("cross.performance.exceeds-project", Finding.ERROR,
                    List.of(new Finding.Figure("绩效目标项目资金合计", Wan.of(covered), Wan.of(project), Wan.of(covered.subtract(project)))),
                    "绩效目标表所列项目资金合计" + Wan.text(covered) + "万元，超过项目支出" + Wan.text(project) + "万元。"));
        } else if (project.subtract(covered).compareTo(tolerance(targets.path("projects").size())) > 0) {
            out.add(finding("cross.performance.uncovered", Finding.WARNING,
                    List.of(new Finding.Figure("绩效目标项目资金合计", Wan.of(covered), Wan.of(project), Wan.of(covered.subtract(project)))),
                    "项目支出" + Wan.text(project) + "万元中，只有" + Wan.text(covered) + "万元编报了绩效目标。"));
        }
        if (!coveredByCode.isEmpty()) {
            projectLines.forEach((code, amount) -> {
                if (!coveredByCode.containsKey(code)) {
                    out.add(finding("cross.performance.line-without-targets", Finding.WARNING,
                            List.of(new Finding.Figure(code + " 项目支出", Wan.of(amount), null, null)),
                            "功能分类" + code + "的项目支出" + Wan.text(amount) + "万元没有对应的项目绩效目标表。"));
                }
            });
        }
    }

    /** The procurement plan cannot spend more of a fund than the budget gives that fund. */
    private void procurementAgainstFunds(List<Finding> out) {
        JsonNode plan = assetYear == null ? null : assetYear.get("procurementPlan");
        if (plan == null || plan.isNull()) {
            return;
        }
        Map<String, BigDecimal> byFund = new HashMap<>();
        for (JsonNode line : budget.path("functional").path("lines")) {
            if (line.path("code").asText().length() != 3) {
                continue;
            }
            line.path("expenditure").properties().forEach(e -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode v : e.getValue()) {
                    if (v.isNumber() || v.isTextual()) {
                        sum = sum.add(new BigDecimal(v.asText()));
                    }
                }
                byFund.merge(e.getKey(), sum, BigDecimal::add);
            });
        }
        JsonNode funding = plan.path("totals").path("funding");
        checkFund(out, "一般公共预算拨款", Wan.amount(funding, "generalBudget"), byFund.get("generalBudget"));
        checkFund(out, "基金预算拨款", Wan.amount(funding, "governmentFund"), byFund.get("governmentFund"));
        checkFund(out, "国有资本经营预算拨款", Wan.amount(funding, "stateCapital"), byFund.get("stateCapital"));
    }

    private void checkFund(List<Finding> out, String label, BigDecimal procurement, BigDecimal spending) {
        if (procurement == null || procurement.signum() == 0) {
            return;
        }
        if (procurement.compareTo(Wan.nz(spending)) > 0) {
            out.add(finding("cross.procurement.exceeds-fund", Finding.ERROR,
                    List.of(new Finding.Figure("政府采购 " + label, Wan.of(procurement), Wan.of(Wan.nz(spending)),
                            Wan.of(procurement.subtract(Wan.nz(spending))))),
                    "政府采购预算中" + label + Wan.text(procurement) + "万元，超过该资金的支出预算" + Wan.text(spending) + "万元。"));
        }
    }

    /** What sections 二–七 need: prior-year figures, reasons for "三公" changes, 机关运行经费, targets, assets. */
    private void completeness(List<Finding> out) {
        Map<String, JsonNode> prior = new HashMap<>();
        for (JsonNode p : budget.path("priorYear")) {
            prior.put(p.path("item").asText(), p);
        }
        for (String item : List.of("total", "basic", "project")) {
            if (!prior.containsKey(item)) {
                out.add(finding("completeness.prior-year." + item, Finding.WARNING, List.of(),
                        "缺少上年" + label(item) + "，第二部分无法说明增减变化。"));
            }
        }
        Map<String, BigDecimal> current = new HashMap<>();
        for (JsonNode line : budget.path("threePublic")) {
            current.put(line.path("item").asText(), Wan.nz(Wan.amount(line, "generalBudget"))
                    .add(Wan.nz(Wan.amount(line, "governmentFund"))).add(Wan.nz(Wan.amount(line, "stateCapital"))));
        }
        for (String item : List.of("outbound", "vehiclePurchase", "vehicleOperation", "reception")) {
            JsonNode p = prior.get(item);
            BigDecimal now = Wan.nz(current.get(item));
            if (p == null) {
                if (now.signum() != 0) {
                    out.add(finding("completeness.three-public.prior-year", Finding.WARNING, List.of(),
                            "“三公”经费中" + label(item) + "缺少上年预算数，无法说明增减变化。"));
                }
                continue;
            }
            BigDecimal before = Wan.nz(Wan.amount(p, "amount"));
            boolean changed = now.compareTo(before) != 0;
            if (changed && p.path("reason").asText("").isBlank()) {
                out.add(finding("completeness.three-public.reason", Finding.WARNING,
                        List.of(new Finding.Figure(label(item), Wan.of(now), Wan.of(before), Wan.of(now.subtract(before)))),
                        "“三公”经费中" + label(item) + "较上年变化" + Wan.text(now.subtract(before)) + "万元，未说明增减变化原因。"));
            }
        }
        JsonNode economicTotal = budget.path("economic").path("total");
        boolean hasPublicUse = Wan.amount(economicTotal, "publicUse") != null
                || budget.path("economic").path("lines").findValues("publicUse").stream().anyMatch(v -> !v.isNull());
        if (!hasPublicUse) {
            out.add(finding("completeness.agency-operation", Finding.WARNING, List.of(),
                    "基本支出表没有公用经费，机关运行经费无法说明。"));
        }
        if (assetsAsOf == null || !assetsAsOf.path("holdings").isArray() || assetsAsOf.path("holdings").isEmpty()) {
            out.add(finding("completeness.assets", Finding.WARNING, List.of(), "未收到国有资产占用情况，第七部分无法说明。"));
        }
        if (assetYear == null || assetYear.get("procurementPlan") == null || assetYear.get("procurementPlan").isNull()) {
            out.add(finding("completeness.procurement", Finding.WARNING, List.of(),
                    "未收到政府采购预算；如无采购，应报送空的采购预算以便“空表列示”。"));
        }
    }

    /** Disclosure is due 20 days after approval (地方预决算公开操作规程). */
    private void timeliness(List<Finding> out) {
        String approval = budget.path("approvalDate").asText(null);
        if (approval == null) {
            return;
        }
        LocalDate approved = LocalDate.parse(approval);
        LocalDate due = approved.plusDays(20);
        String publishedAt = budget.path("publishedAt").asText(null);
        if (publishedAt != null) {
            LocalDate published = OffsetDateTime.parse(publishedAt).toLocalDate();
            long late = ChronoUnit.DAYS.between(due, published);
            if (late > 0) {
                out.add(finding("timeliness.late", Finding.ERROR, List.of(),
                        "预算于" + approved + "批复，应于" + due + "前公开，实际" + published + "公开，逾期" + late + "天。"));
            }
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
        boolean wan = "万元".equals(budget.path("inputUnit").asText());
        return wan ? Wan.STEP.multiply(BigDecimal.valueOf(Math.max(1, cells))) : BigDecimal.ZERO;
    }

    private Finding finding(String rule, String severity, List<Finding.Figure> figures, String message) {
        return new Finding(rule, severity, department, year, figures, message);
    }

    private static String label(String item) {
        return switch (item) {
            case "total" -> "收支总预算";
            case "basic" -> "基本支出预算";
            case "project" -> "项目支出预算";
            case "outbound" -> "因公出国（境）费";
            case "vehiclePurchase" -> "公务用车购置费";
            case "vehicleOperation" -> "公务用车运行维护费";
            case "reception" -> "公务接待费";
            default -> item;
        };
    }
}
