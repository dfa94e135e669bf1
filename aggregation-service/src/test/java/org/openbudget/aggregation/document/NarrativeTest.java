package org.openbudget.aggregation.document;

import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.model.Section;
import org.openbudget.aggregation.document.source.DocumentInput;
import org.openbudget.aggregation.event.BudgetVersion;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.PriorYearFigure;
import org.openbudget.disclosure.budget.PriorYearItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sections 一–九 computed from the seed's data: the sentences give the seed's figures; where the seed's own
 * sentence is pure arithmetic on the data, ours must read the same, word for word (quoted from the seed).
 */
class NarrativeTest {

    private final DisclosureDocument doc = SeedFixtures.document();

    private String section(String titleStart) {
        Section s = doc.sections().stream().filter(x -> x.title().startsWith(titleStart)).findFirst().orElseThrow();
        return s.blocks().stream().map(NarrativeTest::text).collect(Collectors.joining("\n"));
    }

    private static String text(Block b) {
        if (b instanceof Block.Paragraph p) {
            return p.plain();
        }
        if (b instanceof Block.Heading h) {
            return h.text();
        }
        Block.Grid g = (Block.Grid) b;
        List<String> cells = new ArrayList<>();
        cells.add(g.title());
        cells.addAll(g.captionLines());
        g.header().forEach(r -> r.forEach(c -> cells.add(c.cell() == null ? "" : c.cell().display())));
        g.body().forEach(r -> r.forEach(c -> cells.add(c.cell() == null ? "" : c.cell().display())));
        cells.addAll(g.notes());
        return String.join(" ", cells);
    }

    @Test
    void sectionsAreTheSeedsNine() {
        assertEquals(List.of("一、部门职责及机构设置情况", "二、部门预算安排的总体情况", "三、机关运行经费安排情况",
                "四、财政拨款“三公”经费预算情况及增减变化原因", "五、预算绩效信息", "六、政府采购预算情况", "七、国有资产信息",
                "八、名词解释", "九、其他需要说明的事项"), doc.sections().stream().map(Section::title).toList());
        assertEquals("按照《预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，现将高邑县政府办 2022 年部门预算公开如下：",
                doc.introduction());
    }

    @Test
    void overviewGivesTheSeedsTotalsAndParts() {
        String s = section("二、");
        assertTrue(s.contains("2022年预算收入394.3万元。其中，一般公共预算拨款收入394.3万元、基金预算拨款收入0万元、"
                + "国有资本经营预算拨款收入0万元、财政专户核拨收入0万元，其他来源收入0万元。"), s);
        assertTrue(s.contains("2022年支出预算394.3万元。其中，基本支出336.3万元，包括人员经费288.65万元和日常公用经费47.65万元；"
                + "项目支出58万元，主要为一般公共服务支出38万元、节能环保支出20万元。"), s);
    }

    @Test
    void yearOverYearReadsAsTheSeedWordForWord() {
        // the seed, section 二 3.比上年增减情况
        assertTrue(section("二、").contains("2022年预算收支安排394.3万元，较2021年预算减少583.26万元，减少59.66%。其中：基本支出减少18.4万元，"
                + "减少5.19%，主要原因是人员减少；项目支出减少564.86万元，减少90.69%，主要是大气办、人防办项目减少。"));
    }

    @Test
    void agencyOperationIsThePublicUseOfTable6() {
        assertEquals("机关运行经费共计安排47.65万元，为日常公用经费总体安排情况，包括办公费、印刷费、邮电费、差旅费、公务接待费、"
                + "公务用车运行维护费、其他交通费用、其他商品和服务支出等日常运行支出。", section("三、"));
    }

    @Test
    void threePublicGivesEachItemsChangeAndTheDepartmentsReason() {
        String s = section("四、");
        assertTrue(s.startsWith("2022年，本部门“三公”经费预算安排1.51万元，与上年相比减少0.02万元。"), s);
        // the seed's clauses for 接待费 and 公务用车运行维护费, word for word
        assertTrue(s.contains("公务接待费0.31万元，与上年相比减少0.02万元，因为接待费计提基础减少，所以招待费用相应减少"), s);
        assertTrue(s.contains("公务用车运行维护费1.2万元，与上年持平，因人防办执法执勤特种车辆费用没有其他可以对应的经济分类，所以放在公务用车运行维护费经济分类上"), s);
        assertTrue(s.contains("因公出国（境）费0万元，与上年持平，单位无因公出国（境）费用"), s);
        assertTrue(!s.contains("公务用车购置费"), "no purchase this year or last: not mentioned");
    }

    @Test
    void performanceSectionPrintsTheTargetsAndTheirTables() {
        String s = section("五、");
        assertTrue(s.contains("第一部分 部门整体绩效目标"));
        assertTrue(s.contains("（1）全面提升办文办会质量"));
        assertTrue(s.contains("本部门未安排专项资金，无专项资金绩效目标。"));
        assertTrue(s.contains("2022年项目支出58万元，编制预算项目绩效目标表4个。"), s);
        for (String table : List.of("1、大气办经费绩效目标表", "2、会议费绩效目标表", "3、政府聘请法律顾问经费绩效目标表", "4、政务服务绩效目标表")) {
            assertTrue(s.contains(table), table);
        }
        assertTrue(s.contains("12345 市长热线及其他热线电话办结率 ≥99% 根据往年经历"), "an indicator row of 政务服务");
        Block.Grid air = (Block.Grid) doc.sections().get(4).blocks().stream()
                .filter(b -> b instanceof Block.Grid g && g.title().startsWith("1、")).findFirst().orElseThrow();
        // 产出指标 spans its two rows, 效益指标 its two, 满意度指标 one: the merged cells of the seed
        assertEquals(List.of(2, 2, 1), air.body().stream().skip(1).map(r -> r.get(0))
                .filter(c -> c.cell() != null && c.cell().display().endsWith("指标") && c.rowSpan() >= 1
                        && List.of("产出指标", "效益指标", "满意度指标").contains(c.cell().display()))
                .map(Block.GridCell::rowSpan).toList());
    }

    @Test
    void procurementAndAssetsGiveTheSeedsFigures() {
        assertTrue(section("六、").startsWith("2022年，高邑县政府办安排政府采购预算0.00万元。具体内容见下表。"));
        assertTrue(section("六、").contains("注：无政府采购预算，空表列示。"));
        String assets = section("七、");
        assertTrue(assets.startsWith("高邑县政府办（含所属单位）上年末固定资产金额为 947.09 万元（详见下表），其中车辆 138.26 万元、"
                + "其他固定资产 808.83 万元。本年度拟购置固定资产总额为 0.00 万元，已按要求列入政府采购预算，详见政府采购预算表。"), assets);
        assertTrue(assets.contains("截止时间：2021-12-31"));
        assertTrue(assets.contains("2、车辆（台、辆） 8 138.26"), assets);
        assertTrue(assets.contains("4、其他固定资产 568 808.83"), assets);
    }

    @Test
    void profileGlossaryAndOtherMattersComeFromTheDepartment() {
        String profile = section("一、");
        assertTrue(profile.contains("(一) 协助县政府领导组织起草或审核上报市政府"));
        assertTrue(profile.contains("(三十四) 完成县政府交办的其他事项。"));
        assertTrue(profile.contains("高邑县政府办本级 行政 正科级 财政拨款"));
        String glossary = section("八、");
        assertTrue(glossary.startsWith("1、一般公共预算拨款收入：指县级财政当年拨付的资金。"), glossary);
        assertTrue(glossary.contains("10、事业单位经营支出："));
        assertEquals("我部门无其他需要说明的事项。", section("九、"));
    }

    @Test
    void sentencesFollowTheDataNotTheSeed() {
        // a changed budget changes the sentences: 项目支出 +1,000,000 元 and a prior basic equal to this year's
        DocumentInput seed = SeedFixtures.input();
        BudgetContent b = seed.budget().content();
        List<PriorYearFigure> prior = new ArrayList<>(b.priorYear());
        prior.replaceAll(p -> p.item() == PriorYearItem.BASIC ? new PriorYearFigure(PriorYearItem.BASIC, new BigDecimal("3363000.00"), null) : p);
        prior.replaceAll(p -> p.item() == PriorYearItem.TOTAL ? new PriorYearFigure(PriorYearItem.TOTAL, new BigDecimal("3000000.00"), "因新增项目") : p);
        BudgetVersion changed = new BudgetVersion(seed.budget().header(), new BudgetContent(b.unit(), b.revenue(),
                b.carryOver(), b.functional(), b.economic(), b.threePublic(), prior));
        String s = DocumentAssembler.assemble(new DocumentInput(seed.profile(), 2022, "published", changed, seed.targets(),
                seed.holding(), seed.plan())).sections().get(1).blocks().stream().map(NarrativeTest::text).collect(Collectors.joining("\n"));
        // 394.30 − 300.00 = 94.30 万元, 94.30 / 300 = 31.433…% → 31.43%
        assertTrue(s.contains("2022年预算收支安排394.3万元，较2021年预算增加94.3万元，增长31.43%，因新增项目。其中：基本支出与上年持平；"), s);
    }
}
