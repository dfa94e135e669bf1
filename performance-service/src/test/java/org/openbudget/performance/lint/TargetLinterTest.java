package org.openbudget.performance.lint;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openbudget.performance.targets.AmountPayload;
import org.openbudget.performance.targets.IndicatorPayload;
import org.openbudget.performance.targets.ProjectPayload;
import org.openbudget.performance.targets.TargetSetPayload;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetLinterTest {

    private final TargetLinter linter = new TargetLinter();

    /**
     * The seed's section 五, as typed in from the document: its three "≥100%" rate targets (all in
     * 大气办经费), its four empty 指标值确定依据 cells, and its four tables without an amount — and nothing else.
     */
    @Test
    void seedFindings() throws IOException {
        LintReport report = linter.lint(seed());
        List<String> expected = List.of(
                "project.amount-missing info projects[0].budget daqiban",
                "value.rate-at-least-100 warning projects[0].indicators[0].value daqiban",
                "value.rate-at-least-100 warning projects[0].indicators[1].value daqiban",
                "value.rate-at-least-100 warning projects[0].indicators[3].value daqiban",
                "basis.empty warning projects[0].indicators[4].basis daqiban",
                "project.amount-missing info projects[1].budget huiyifei",
                "basis.empty warning projects[1].indicators[2].basis huiyifei",
                "project.amount-missing info projects[2].budget falvguwen",
                "basis.empty warning projects[2].indicators[4].basis falvguwen",
                "project.amount-missing info projects[3].budget zhengwufuwu",
                "basis.empty warning projects[3].indicators[6].basis zhengwufuwu");
        assertEquals(expected, report.findings().stream()
                .map(f -> f.rule() + " " + f.severity().code() + " " + f.field() + " " + f.projectId()).toList());
        assertEquals(0, report.errors());
        assertEquals(7, report.warnings());
        assertEquals(4, report.infos());
        assertEquals("《大气办经费》第2行「资金发放准时率」：指标值「≥100%」——比率不会超过100%，「≥100%」实为「=100%」，请写明确的目标值。",
                report.findings().get(2).message());
    }

    @Test
    void cleanExampleHasNoFinding() {
        LintReport report = linter.lint(clean());
        assertEquals(List.of(), report.findings());
        assertEquals(0, report.errors() + report.warnings() + report.infos());
    }

    @Test
    void bothFrameworksAreAccepted() {
        List<IndicatorPayload> rows = new ArrayList<>(cleanRows());
        rows.add(row("产出指标", "成本指标", "人均宣传成本", "≤2 元", "往年标准"));          // classic: 成本 under 产出
        rows.add(row("成本指标", "经济成本指标", "项目总成本", "≤20 万元", "预算批复"));       // 2021: 成本 on its own
        rows.add(row("成本指标", "生态环境成本指标", "碳排放", "≤5 吨", "环保要求"));
        assertEquals(List.of(), linter.lint(withRows(rows)).findings());
    }

    @Test
    void unknownFirstLevel() {
        assertOnly(withRow(row("投入指标", "数量指标", "x", "≥1 次", "依据")),
                "framework.level1-unknown", Severity.ERROR, "projects[0].indicators[3].level1");
    }

    @Test
    void secondLevelUnderTheWrongFirstLevel() {
        assertOnly(withRow(row("效益指标", "数量指标", "x", "≥1 次", "依据")),
                "framework.level2-mismatch", Severity.ERROR, "projects[0].indicators[3].level2");
        assertOnly(withRow(row("产出指标", "经济成本指标", "x", "≤1 万元", "依据")),
                "framework.level2-mismatch", Severity.ERROR, "projects[0].indicators[3].level2");
    }

    @Test
    void shortNameIsRecognisedButNoted() {
        assertOnly(withRow(row("产出", "数量指标", "x", "≥1 次", "依据")),
                "framework.name-noncanonical", Severity.INFO, "projects[0].indicators[3].level1");
    }

    @Test
    void missingSatisfaction() {
        List<IndicatorPayload> rows = cleanRows().subList(0, 2);
        assertOnly(withRows(rows), "coverage.satisfaction-missing", Severity.WARNING, "projects[0].indicators");
    }

    @Test
    void missingOutputAndOutcome() {
        LintReport report = linter.lint(withRows(cleanRows().subList(2, 3)));
        assertEquals(List.of("coverage.output-missing", "coverage.outcome-missing"),
                report.findings().stream().map(LintFinding::rule).toList());
    }

    @Test
    void projectWithoutRows() {
        assertOnly(withRows(List.of()), "project.indicators-missing", Severity.ERROR, "projects[0].indicators");
    }

    @Test
    void percentagesAbove100() {
        assertOnly(withRow(row("产出指标", "质量指标", "验收合格率", "120%", "依据")),
                "value.percent-over-100", Severity.WARNING, "projects[0].indicators[3].value");
        assertOnly(withRow(row("产出指标", "质量指标", "验收合格率", "＞100%", "依据")),
                "value.percent-over-100", Severity.WARNING, "projects[0].indicators[3].value");
        assertOnly(withRow(row("产出指标", "时效指标", "资金发放准时率", ">=100%", "依据")),
                "value.rate-at-least-100", Severity.WARNING, "projects[0].indicators[3].value");
    }

    @Test
    void exactly100AndGrowthAreFine() {
        assertEquals(List.of(), linter.lint(withRow(row("产出指标", "时效指标", "资金发放准时率", "=100%", "依据"))).findings());
        assertEquals(List.of(), linter.lint(withRow(row("效益指标", "经济效益指标", "服务收入增长率", "≥120%", "依据"))).findings());
        assertEquals(List.of(), linter.lint(withRow(row("产出指标", "数量指标", "培训人数", "≥100 人", "依据"))).findings());
    }

    @Test
    void bareNounsAsValues() {
        assertOnly(withRow(row("满意度指标", "服务对象满意度指标", "群众满意", "满意度", "依据")),
                "value.bare-noun", Severity.WARNING, "projects[0].indicators[3].value");
        assertOnly(withRow(row("产出指标", "时效指标", "按时办结", "及时率", "依据")),
                "value.bare-noun", Severity.WARNING, "projects[0].indicators[3].value");
        // the value just repeats the indicator's name
        assertOnly(withRow(row("产出指标", "质量指标", "资料规范", "资料规范", "依据")),
                "value.bare-noun", Severity.WARNING, "projects[0].indicators[3].value");
        // a grade is a target
        assertEquals(List.of(), linter.lint(withRow(row("产出指标", "质量指标", "资料规范", "合规", "依据"))).findings());
    }

    @Test
    void emptyValueAndBasis() {
        LintReport report = linter.lint(withRow(row("产出指标", "数量指标", "x", " ", "")));
        assertEquals(List.of("value.empty", "basis.empty"), report.findings().stream().map(LintFinding::rule).toList());
        assertEquals(Severity.ERROR, report.findings().get(0).severity());
        assertEquals(Severity.WARNING, report.findings().get(1).severity());
    }

    @Test
    void duplicateIndicator() {
        assertOnly(withRow(row("产出指标", "数量指标", "发放 宣传资料数量", "≥10 份", "依据")),
                "indicator.duplicate", Severity.WARNING, "projects[0].indicators[3].level3");
    }

    @Test
    void departmentPartMissing() {
        TargetSetPayload onlyProjects = TargetSetPayload.onlyProjects(clean().projects());
        LintReport report = linter.lint(onlyProjects);
        assertEquals(List.of("department.overall-goal-missing", "department.special-funds-unstated"),
                report.findings().stream().map(LintFinding::rule).toList());
        assertEquals(2, report.errors());
    }

    @Test
    void duplicateProjectName() {
        ProjectPayload p = clean().projects().get(0);
        ProjectPayload copy = new ProjectPayload("other", p.name(), p.budget(), p.functionalCode(), p.goal(), p.indicators());
        assertOnly(clean().withProjects(List.of(p, copy)), "project.duplicate-name", Severity.WARNING, "projects[1].name");
    }

    @Test
    void missingAmountIsInformation() {
        ProjectPayload p = clean().projects().get(0);
        ProjectPayload noAmount = new ProjectPayload(p.id(), p.name(), null, null, p.goal(), p.indicators());
        assertOnly(clean().withProjects(List.of(noAmount)), "project.amount-missing", Severity.INFO, "projects[0].budget");
    }

    private void assertOnly(TargetSetPayload set, String rule, Severity severity, String field) {
        List<LintFinding> findings = linter.lint(set).findings();
        assertEquals(1, findings.size(), () -> "expected only " + rule + ", got " + findings);
        assertEquals(rule, findings.get(0).rule());
        assertEquals(severity, findings.get(0).severity());
        assertEquals(field, findings.get(0).field());
        assertTrue(!findings.get(0).message().isBlank());
    }

    static TargetSetPayload seed() throws IOException {
        try (InputStream in = TargetLinterTest.class.getResourceAsStream("/seed-434-2022-performance.json")) {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(in, TargetSetPayload.class);
        }
    }

    /** A well-formed set: the seed's 大气办经费 with the defects the lint exists for corrected by hand. */
    static TargetSetPayload clean() {
        return new TargetSetPayload("完成年度大气污染防治考核任务。",
                List.of(new TargetSetPayload.SubGoal("全面做好重大专项工作",
                        List.of(new TargetSetPayload.GoalEntry("做好重大应急突发事件处置等工作。", "信息汇总准确，宣传报道及时。")))),
                List.of("一是牢固树立精品意识。"),
                new TargetSetPayload.SpecialFunds(true, "本部门未安排专项资金，无专项资金绩效目标。", List.of()),
                List.of(project(cleanRows())));
    }

    static List<IndicatorPayload> cleanRows() {
        return List.of(
                row("产出指标", "数量指标", "发放宣传资料数量", "≥4000 份", "根据往年经历"),
                row("效益指标", "生态效益指标", "空气质量优良天数比率", "≥70%", "市考核目标"),
                row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "满意度调查"));
    }

    static ProjectPayload project(List<IndicatorPayload> rows) {
        return new ProjectPayload("daqiban", "大气办经费", new AmountPayload(new BigDecimal("20.00"), "万元"), "2110301",
                "切实改善空气质量。", rows);
    }

    private static TargetSetPayload withRows(List<IndicatorPayload> rows) {
        return clean().withProjects(List.of(project(rows)));
    }

    private static TargetSetPayload withRow(IndicatorPayload extra) {
        List<IndicatorPayload> rows = new ArrayList<>(cleanRows());
        rows.add(extra);
        return withRows(rows);
    }

    static IndicatorPayload row(String l1, String l2, String l3, String value, String basis) {
        return new IndicatorPayload(l1, l2, l3, l3, value, basis);
    }
}
