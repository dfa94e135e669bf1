package org.openbudget.seeds.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The structural variants of a Shanghai disclosure, derived at test time from the sample (../shared/samples, a
 * unit-level 2024 单位预算) by {@link SampleVariants}, read to the same figures as the sample's JSON: #14 item 1,
 * recognition by structure rather than by the one sample's wording.
 */
class ShanghaiVariantsTest {

    private static final UnaryOperator<BigDecimal> AS_PRINTED = UnaryOperator.identity();

    private static String sample() throws IOException {
        return Files.readString(SharedFiles.require("samples/shpt_fuliyuan_2024.txt"), StandardCharsets.UTF_8);
    }

    private static JsonNode figures() throws IOException {
        return SharedFiles.json(SharedFiles.require("samples/shpt_fuliyuan_2024.json"));
    }

    private static DisclosureDocument parse(SampleVariants variant) {
        return DocumentParser.parse(SourceText.of("variant.txt", variant.text()));
    }

    /** All nine tables found, and nothing printed was left out or contradicted. */
    private static void complete(DisclosureDocument doc) {
        assertEquals(9, doc.tablesFound(), doc.summary() + " " + doc.missingTables());
        assertTrue(doc.errors().isEmpty(), () -> doc.errors().toString());
    }

    @Test
    void theSampleIsAUnitLevelDocumentWithNineTablesAndNoErrors() throws IOException {
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("sample.txt", sample()));
        complete(doc);
        assertEquals(DocumentLevel.UNIT, doc.level());
        assertNull(doc.publishedOn(), "the sample prints no publication date");
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void departmentLevelTitlesAnd编制部门AreReadTheSame() throws IOException {
        DisclosureDocument doc = parse(new SampleVariants(sample()).departmentLevel());
        complete(doc);
        assertEquals(DocumentLevel.DEPARTMENT, doc.level());
        assertEquals("上海市普陀区社会福利院", doc.departmentName());
        assertTrue(doc.table(TableKind.SUMMARY).orElseThrow().title().contains("2024年部门财务收支预算总表"));
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void numberedTitlesAreReadTheSame() throws IOException {
        DisclosureDocument doc = parse(new SampleVariants(sample()).departmentLevel().numberedTitles());
        complete(doc);
        assertTrue(doc.table(TableKind.STATE_CAPITAL).orElseThrow().title().startsWith("表7"));
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void tablesIn万元WithTwoDecimalsAreReadAsPrinted() throws IOException {
        DisclosureDocument doc = parse(new SampleVariants(sample()).departmentLevel().tenThousands());
        complete(doc);
        assertEquals("万元", doc.unit());
        assertEquals("万元", doc.table(TableKind.REVENUE).orElseThrow().unit());
        // 9,501,164 元 is printed 950.12 万元: exactly as printed, scale kept
        assertEquals(new BigDecimal("950.12"), doc.table(TableKind.GENERAL_BUDGET).orElseThrow().row("total").orElseThrow().cell("total"));
        SampleFigures.assertEveryRow(doc, figures(), SampleVariants::toTenThousands);
    }

    @Test
    void 元WithoutThousandsSeparatorsAreReadTheSame() throws IOException {
        SampleVariants variant = new SampleVariants(sample()).departmentLevel().withoutSeparators();
        assertTrue(variant.text().contains(" 9501164 ") && !variant.text().contains("9,501,164"), "the variant drops the separators");
        DisclosureDocument doc = parse(variant);
        complete(doc);
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void aTableContinuedOnANewPageWithItsHeaderRepeatedIsOneTable() throws IOException {
        DisclosureDocument doc = parse(new SampleVariants(sample()).departmentLevel().splitOverPages("支出预算总表", "210", false));
        complete(doc);
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void aTableContinuedWithItsTitleRepeatedTooIsOneTable() throws IOException {
        DisclosureDocument doc = parse(new SampleVariants(sample()).splitOverPages("一般公共预算支出功能分类预算表", "210", true)
                .splitOverPages("部门预算经济分类预算表", "  302", true));
        complete(doc);
        assertTrue(doc.warnings().stream().noneMatch(w -> w.message().contains("second time")), () -> doc.warnings().toString());
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void emptyTablesWithAnotherNoteOrNoneAreFoundEmptyWithoutErrors() throws IOException {
        String note = "本部门2024年无政府性基金预算财政拨款安排的预算。";
        DisclosureDocument doc = parse(new SampleVariants(sample()).departmentLevel()
                .emptyTable("政府性基金预算支出功能分类预算表", note)
                .emptyTable("国有资本经营预算支出功能分类预算表", null));
        complete(doc);
        ParsedTable fund = doc.table(TableKind.GOVERNMENT_FUND).orElseThrow();
        assertTrue(fund.rows().isEmpty(), fund.rows().toString());
        assertEquals(note, fund.note());
        ParsedTable state = doc.table(TableKind.STATE_CAPITAL).orElseThrow();
        assertTrue(state.rows().isEmpty(), state.rows().toString());
        assertNull(state.note());
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void namesWrappedInTheirCellsAroundTheRowAreJoined() throws IOException {
        SampleVariants variant = new SampleVariants(sample()).departmentLevel().wrapNames(16);
        assertTrue(variant.text().contains("\n                机关事业单位基本\n"), "the variant wraps long names");
        DisclosureDocument doc = parse(variant);
        complete(doc);
        assertTrue(doc.warnings().stream().anyMatch(w -> w.kind() == WarningKind.HEALED && w.message().contains("wrapped")));
        SampleFigures.assertEveryRow(doc, figures(), AS_PRINTED);
    }

    @Test
    void allTheVariantsTogether() throws IOException {
        DisclosureDocument doc = parse(new SampleVariants(sample()).departmentLevel().numberedTitles().tenThousands()
                .splitOverPages("支出预算总表", "221", true)
                .emptyTable("政府性基金预算支出功能分类预算表", "本部门无政府性基金预算，故本表无数据。"));
        complete(doc);
        assertEquals(DocumentLevel.DEPARTMENT, doc.level());
        SampleFigures.assertEveryRow(doc, figures(), SampleVariants::toTenThousands);
    }
}
