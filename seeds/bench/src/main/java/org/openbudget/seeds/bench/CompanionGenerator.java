package org.openbudget.seeds.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.load.api.PlanBody;

/**
 * The tables that accompany a generated budget in the other two owner services, shaped like the seed document:
 * one project performance-target table (项目支出绩效目标表) per functional 项 with 项目支出, whose budget is that
 * line's 项目支出; the fixed-asset holdings (资产占用) at the end of the previous year; and a procurement plan
 * (政府采购预算) of 0–3 purchases, each inside one project's budget and paid from the general budget.
 */
final class CompanionGenerator {

    private static final String[][] INDICATORS = {
            {"产出指标", "数量指标", "完成年度工作任务", "≥95%"},
            {"产出指标", "质量指标", "工作任务验收合格率", "≥98%"},
            {"产出指标", "时效指标", "资金支付及时率", "≥95%"},
            {"效益指标", "社会效益指标", "服务群众覆盖面", "≥90%"},
            {"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"},
    };

    private CompanionGenerator() {
    }

    /** The functional 项 lines (7 digits) that carry 项目支出, in code order: one project each. */
    static List<FunctionalLine> projectLines(BudgetContent budget) {
        return budget.functional().lines().stream()
                .filter(l -> l.code().length() == 7 && l.expenditure().generalBudget().project() != null)
                .toList();
    }

    static PerformanceBody performance(String name, BudgetContent budget, Random random) {
        List<PerformanceBody.Project> projects = new ArrayList<>();
        int p = 0;
        for (FunctionalLine line : projectLines(budget)) {
            p++;
            List<PerformanceBody.Indicator> indicators = new ArrayList<>();
            int n = 3 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String[] t = INDICATORS[i];
                indicators.add(new PerformanceBody.Indicator(t[0], t[1], t[2], t[2], t[3], "相关政策"));
            }
            projects.add(new PerformanceBody.Project("p" + p, line.name() + "项目",
                    new PerformanceBody.Amount(line.expenditure().generalBudget().project(), "万元"), line.code(),
                    "保障" + line.name() + "工作顺利开展。", indicators));
        }
        return new PerformanceBody(name + "全面履行部门职责，保障各项工作任务顺利完成。",
                List.of(new PerformanceBody.SubGoal("履行部门职责", List.of(
                        new PerformanceBody.GoalEntry("完成年度重点工作任务。", "重点工作完成率达到95%以上。")))),
                List.of("加强预算绩效管理，严格资金使用。"),
                new PerformanceBody.SpecialFunds(true, "本部门未安排专项资金，无专项资金绩效目标。", List.of()),
                projects);
    }

    /** Vehicles and other fixed assets in 万元; the total is their sum. */
    static HoldingBody holdings(Random random) {
        int vehicles = random.nextInt(9);
        long vehicleValue = vehicles * (800 + random.nextInt(2_000)); // cents of 万元: 8–28 万元 a vehicle
        int others = 50 + random.nextInt(800);
        long otherValue = others * (50 + random.nextInt(300));
        return new HoldingBody("万元", ProvinceGenerator.money(vehicleValue + otherValue), null, null,
                vehicles == 0 ? null : new HoldingBody.Row(BigDecimal.valueOf(vehicles), ProvinceGenerator.money(vehicleValue)),
                null, new HoldingBody.Row(BigDecimal.valueOf(others), ProvinceGenerator.money(otherValue)));
    }

    /** 0–3 purchases, each at most half of one project's budget; quantity × unit price = amount, all from the general budget. */
    static PlanBody procurement(BudgetContent budget, Random random) {
        List<PlanBody.Item> items = new ArrayList<>();
        List<FunctionalLine> projects = projectLines(budget);
        int n = projects.isEmpty() ? 0 : random.nextInt(4);
        for (int i = 0; i < n; i++) {
            FunctionalLine project = projects.get(i % projects.size());
            long projectCents = project.expenditure().generalBudget().project().movePointRight(2).longValueExact();
            int quantity = 1 + random.nextInt(5);
            long unitCents = Math.max(1, projectCents / 2 / quantity / (1 + random.nextInt(4)));
            long amount = unitCents * quantity;
            boolean goods = random.nextBoolean();
            BigDecimal money = ProvinceGenerator.money(amount);
            items.add(new PlanBody.Item(project.name() + "项目", project.expenditure().generalBudget().project(),
                    goods ? "办公设备" : "物业管理服务", goods ? "A02010104" : "C1204", goods ? "货物" : "服务",
                    goods ? "台" : "项", BigDecimal.valueOf(quantity), ProvinceGenerator.money(unitCents), money,
                    new PlanBody.Funding(money, null, null, null, null, null, null),
                    ProvinceGenerator.money(amount * 4 / 10), goods));
        }
        return new PlanBody("万元", items);
    }
}
