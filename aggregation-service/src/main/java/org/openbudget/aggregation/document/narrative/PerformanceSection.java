package org.openbudget.aggregation.document.narrative;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Grid;
import org.openbudget.aggregation.document.model.Block.GridCell;
import org.openbudget.aggregation.document.model.Block.Heading;
import org.openbudget.aggregation.document.model.Block.Paragraph;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.ExpenditureType;
import org.openbudget.disclosure.budget.Sums;
import org.openbudget.disclosure.money.Amounts;
import org.openbudget.aggregation.event.TargetsChanged;
import org.openbudget.aggregation.event.TargetsChanged.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.openbudget.disclosure.money.AmountUnit.WAN_YUAN;

/**
 * 五、预算绩效信息 — from performance-service's targets: the department-wide goals (总体, 分项, 保障措施),
 * the 专项资金 statement and one 绩效目标表 per project, with the merged 一级/二级指标 cells of the seed.
 */
public final class PerformanceSection {

    static final String TITLE = "五、预算绩效信息";
    private static final String[] INDICATOR_HEADER = {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};

    private PerformanceSection() {
    }

    public static Section build(TargetsChanged targets, BudgetContent budget, int year) {
        List<Block> blocks = new ArrayList<>();
        if (targets == null) {
            blocks.add(Paragraph.of("本部门" + year + "年预算绩效目标尚未公开。"));
            return new Section(TITLE, blocks);
        }
        blocks.add(new Heading(1, "第一部分 部门整体绩效目标"));
        blocks.add(new Heading(2, "（一）总体绩效目标"));
        blocks.add(Paragraph.of(targets.overallGoal() == null ? "未填报总体绩效目标。" : targets.overallGoal()));
        blocks.add(new Heading(2, "（二）分项绩效目标"));
        for (int i = 0; i < targets.subGoals().size(); i++) {
            TargetsChanged.SubGoal sub = targets.subGoals().get(i);
            blocks.add(new Heading(3, "（" + (i + 1) + "）" + sub.title()));
            for (TargetsChanged.Entry entry : sub.entries()) {
                blocks.add(new Paragraph(null, "绩效目标：", entry.goal()));
                blocks.add(new Paragraph(null, "绩效指标：", entry.indicator()));
            }
        }
        if (!targets.safeguards().isEmpty()) {
            blocks.add(new Heading(2, "（三）工作保障措施"));
            targets.safeguards().forEach(s -> blocks.add(Paragraph.of(s)));
        }

        blocks.add(new Heading(1, "第二部分 专项资金绩效目标"));
        TargetsChanged.SpecialFunds special = targets.specialFunds();
        if (special == null || (special.none() && special.goals().isEmpty())) {
            blocks.add(Paragraph.of(special != null && special.statement() != null ? special.statement()
                    : "本部门未安排专项资金，无专项资金绩效目标。"));
        } else {
            if (special.statement() != null) {
                blocks.add(Paragraph.of(special.statement()));
            }
            special.goals().forEach(g -> blocks.add(new Paragraph(null, g.name() + "：", g.goal())));
        }

        blocks.add(new Heading(1, "第三部分 预算项目绩效目标"));
        blocks.add(Paragraph.of(coverage(targets, budget, year)));
        for (int i = 0; i < targets.projects().size(); i++) {
            blocks.add(projectTable(i + 1, targets.projects().get(i)));
        }
        return new Section(TITLE, blocks);
    }

    /** "2022年项目支出58万元，编制预算项目绩效目标表4个。" — how far the target tables cover 项目支出. */
    private static String coverage(TargetsChanged targets, BudgetContent budget, int year) {
        BigDecimal project = Sums.expenditureOf(Sums.functionalTotal(budget)).type(ExpenditureType.PROJECT);
        long withAmount = targets.projects().stream().filter(p -> p.budget() != null && p.budget().yuan() != null).count();
        StringBuilder s = new StringBuilder().append(year).append("年项目支出").append(WAN_YUAN.sentence(project))
                .append("万元，编制预算项目绩效目标表").append(targets.projects().size()).append("个");
        if (withAmount > 0) {
            s.append("，其中").append(withAmount).append("个列明项目金额，合计").append(WAN_YUAN.sentence(targets.projectAmount())).append("万元");
        }
        return s.append("。").toString();
    }

    private static Grid projectTable(int number, TargetsChanged.Project project) {
        List<List<GridCell>> header = List.of(java.util.Arrays.stream(INDICATOR_HEADER).map(GridCell::label).toList());
        List<List<GridCell>> body = new ArrayList<>();
        if (project.budget() != null && project.budget().yuan() != null) {
            body.add(List.of(GridCell.label("项目金额（万元）"), GridCell.of(Cell.amount(WAN_YUAN.fromYuan(project.budget().yuan()))).span(1, 5)));
        }
        body.add(List.of(GridCell.label("绩效目标"), GridCell.text(project.goal()).span(1, 5)));
        List<Indicator> rows = project.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            List<GridCell> cells = new ArrayList<>();
            if (i == 0 || !Objects.equals(rows.get(i - 1).level1(), ind.level1())) {
                cells.add(GridCell.text(ind.level1()).span(run(rows, i, true), 1));
            }
            if (i == 0 || !Objects.equals(rows.get(i - 1).level1(), ind.level1())
                    || !Objects.equals(rows.get(i - 1).level2(), ind.level2())) {
                cells.add(GridCell.text(ind.level2()).span(run(rows, i, false), 1));
            }
            cells.add(GridCell.text(ind.level3()));
            cells.add(GridCell.text(ind.description()));
            cells.add(GridCell.text(ind.value()));
            cells.add(GridCell.text(ind.basis()));
            body.add(cells);
        }
        return new Grid(number + "、" + project.name() + "绩效目标表", List.of(), 6, header, body,
                rows.isEmpty() ? List.of("注：无绩效指标，空表列示。") : List.of());
    }

    /** How many rows from {@code i} share its 一级指标 (and, for level 2, its 二级指标): the merged cell's height. */
    private static int run(List<Indicator> rows, int i, boolean level1Only) {
        int n = 1;
        while (i + n < rows.size()
                && Objects.equals(rows.get(i + n).level1(), rows.get(i).level1())
                && (level1Only || Objects.equals(rows.get(i + n).level2(), rows.get(i).level2()))) {
            n++;
        }
        return n;
    }
}
