package org.openbudget.seeds.parse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short texts typed by hand for the structures the Shanghai sample cannot be turned into: a department-level
 * 财务收支预算总表 (one 预算数 per side, "1. 一般公共预算" rows), codes in one column (2010301), 万元 with
 * thousands separators, a table whose title names no level and no year, printed dates; and texts that are not a
 * budget disclosure.
 */
class StructuralRecognitionTest {

    /** Column positions as pdftotext prints them; a CJK character is one character but two page columns. */
    static final String DEPARTMENT_LEVEL = String.join("\n",
            "上海市普陀区某某局2025年部门预算",
            "公开日期：2025年2月14日",
            "                        2025年部门财务收支预算总表",
            "编制部门：上海市普陀区某某局                                             单位：元",
            "          本年收入                                本年支出",
            "    项目            预算数                  项目                预算数",
            "一、财政拨款收入          1,250,000 一、一般公共服务支出            1,000,000",
            "1. 一般公共预算          1,250,000 二、教育支出                  300,000",
            "2. 政府性基金预算",
            "3. 国有资本经营预算",
            "二、事业收入                50,000",
            "   收入总计          1,300,000        支出总计           1,300,000",
            "",
            "\f              表3 部门支出预算总表",
            "编制部门：上海市普陀区某某局                                   单位：万元",
            "                        项目                      支出预算",
            "  科目编码        科目名称           合计         基本支出       项目支出",
            "2010301   行政运行                 1,000.00     1,000.00",
            "2050299   其他普通教育支出            30.00                    30.00",
            "          合计                     1,030.00     1,000.00      30.00",
            "");

    @Test
    void aDepartmentLevelSummaryWithOne预算数PerSide() {
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("dept.txt", DEPARTMENT_LEVEL));
        assertEquals(Layout.SHANGHAI, doc.layout());
        assertEquals(DocumentLevel.DEPARTMENT, doc.level());
        assertEquals(2025, doc.year());
        assertEquals(LocalDate.of(2025, 2, 14), doc.publishedOn());
        ParsedTable t1 = doc.table(TableKind.SUMMARY).orElseThrow();
        assertEquals(new BigDecimal("1250000"), t1.row("revenue", "generalBudget").orElseThrow().cell("amount"));
        assertEquals(new BigDecimal("50000"), t1.row("revenue", "institution").orElseThrow().cell("amount"));
        assertEquals(new BigDecimal("300000"), t1.row("expenditure", "205").orElseThrow().cell("total"));
        assertEquals(new BigDecimal("1300000"), t1.row("expenditure", "grandTotal").orElseThrow().cell("total"));
        assertTrue(t1.row("revenue", "governmentFund").orElseThrow().cells().isEmpty());
    }

    @Test
    void codesInOneColumnAnd万元WithThousandsSeparators() {
        DisclosureDocument doc = DocumentParser.parse(SourceText.of("dept.txt", DEPARTMENT_LEVEL));
        ParsedTable t3 = doc.table(TableKind.EXPENDITURE).orElseThrow();
        assertEquals("万元", t3.unit());
        assertEquals(2, t3.codeRows().size(), t3.rows().toString());
        ParsedRow admin = t3.row("2010301").orElseThrow();
        assertEquals("行政运行", admin.name());
        assertEquals(new BigDecimal("1000.00"), admin.cell("basic"));
        assertEquals(null, admin.cell("project"));
        ParsedRow other = t3.row("2050299").orElseThrow();
        assertEquals(new BigDecimal("30.00"), other.cell("project"));
        assertEquals(null, other.cell("basic"));
        assertEquals(new BigDecimal("1030.00"), t3.row("total").orElseThrow().cell("total"));
        assertEquals(2, doc.tablesFound());
        assertEquals(7, doc.missingTables().size());
        assertTrue(doc.summary().startsWith("tables found 2/9, rows "), doc.summary());
    }

    @Test
    void aTextThatIsNotABudgetIsRefusedSayingWhatWasLookedFor() {
        UnknownLayoutException e = assertThrows(UnknownLayoutException.class, () -> DocumentParser.parse(SourceText.of("minutes.txt",
                "会议纪要\n\n一、总体情况\n本次会议研究了2025年预算编制工作。\n单位：万元\n合计 1,000.00\n")));
        assertTrue(e.getMessage().contains("minutes.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("not a budget disclosure"), e.getMessage());
        assertTrue(e.getMessage().contains("栏次") && e.getMessage().contains("编制单位") && e.getMessage().contains("类/款/项"),
                e.getMessage());
    }

    @Test
    void aTextWithTheSignsButNoneOfTheNineTablesIsRefused() {
        String text = "编制单位：某某中心                    单位：元\n类     款    项\n"
                + "208             社会保障和就业支出     1,000\n";
        UnknownLayoutException e = assertThrows(UnknownLayoutException.class,
                () -> DocumentParser.parse(SourceText.of("fragment.txt", text)));
        assertTrue(e.getMessage().contains("none of the nine tables"), e.getMessage());
    }
}
