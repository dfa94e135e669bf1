package org.openbudget.seeds.parse.narrative;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.Warning;
import org.openbudget.seeds.parse.WarningKind;
import org.openbudget.seeds.parse.Warnings;
import org.openbudget.seeds.parse.model.YearOverYear;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences typed for the test in the style of the published sections 二 and 四. */
class YearOverYearReaderTest {

    private final Warnings warnings = new Warnings();

    private List<YearOverYear> read(Map<String, BigDecimal> current, String... paragraphs) {
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(10 + i, paragraphs[i]));
        }
        return new YearOverYearReader(warnings, current, "万元").read(ps);
    }

    @Test
    void anIncreaseIsSubtractedAndADecreaseAdded() {
        List<YearOverYear> y = read(Map.of("total", new BigDecimal("120.00"), "basic", new BigDecimal("80.00")),
                "2023年预算收支安排120万元，较2022年预算增加20万元，增加20%。其中：基本支出减少5万元，减少5.88%，主要原因是退休人员增加。");
        assertEquals(2, y.size());
        assertEquals("total", y.get(0).item());
        assertEquals(0, new BigDecimal("100.00").compareTo(y.get(0).prior()));
        assertEquals("increase", y.get(0).direction());
        assertNull(y.get(0).reason());
        assertEquals("basic", y.get(1).item());
        assertEquals(0, new BigDecimal("85.00").compareTo(y.get(1).prior()));
        assertEquals("主要原因是退休人员增加", y.get(1).reason());
        assertTrue(warnings.list().stream().noneMatch(w -> w.kind() == WarningKind.MISMATCH), warnings.list().toString());
        assertEquals(2, warnings.list().stream().filter(w -> w.kind() == WarningKind.DERIVED && w.line() == 10).count());
    }

    @Test
    void aPercentageThatDoesNotFitIsReported() {
        // 5 / 85 = 5.88%, not 6.5%
        read(Map.of("basic", new BigDecimal("80.00")), "基本支出减少5万元，减少6.5%，主要原因是人员减少。");
        Warning w = warnings.list().stream().filter(x -> x.kind() == WarningKind.MISMATCH).findFirst().orElseThrow();
        assertTrue(w.message().contains("5.88%"), w.message());
    }

    @Test
    void unchangedItemsKeepTheCurrentAmountAndAStatedAmountIsChecked() {
        List<YearOverYear> y = read(Map.of("reception", new BigDecimal("0.50")),
                "公务接待费0.60万元，与上年持平，因接待任务不变。");
        assertEquals(0, new BigDecimal("0.50").compareTo(y.get(0).prior()));
        assertEquals("因接待任务不变", y.get(0).reason());
        assertTrue(warnings.list().stream().anyMatch(w -> w.kind() == WarningKind.MISMATCH && w.message().contains("0.60")));
    }

    @Test
    void aChangeInTheNextSentenceBelongsToTheItemNamedBefore() {
        List<YearOverYear> y = read(Map.of(), "（三）公务接待费0.00万元。与2022年预算持平，主要原因是无接待任务。");
        assertEquals("reception", y.get(0).item());
        assertEquals(0, BigDecimal.ZERO.compareTo(y.get(0).prior()));
        assertEquals("主要原因是无接待任务", y.get(0).reason());
    }

    @Test
    void itemsTheServiceDoesNotKeepAreReportedNotLoaded() {
        List<YearOverYear> y = read(Map.of(), "财政拨款收入100.00万元，比2022年预算增加1.00万元。");
        assertTrue(y.isEmpty());
        assertEquals(WarningKind.NOT_LOADED, warnings.list().get(0).kind());
    }

    @Test
    void aChangeLargerThanTheCurrentAmountOfAnIncreaseIsSkipped() {
        List<YearOverYear> y = read(Map.of("project", new BigDecimal("10.00")), "项目支出增加12万元，主要是新增项目。");
        assertTrue(y.isEmpty());
        assertEquals(WarningKind.SKIPPED, warnings.list().get(0).kind());
    }
}
