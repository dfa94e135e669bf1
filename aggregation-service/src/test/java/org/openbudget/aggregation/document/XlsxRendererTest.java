package org.openbudget.aggregation.document;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.document.render.XlsxRenderer;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook: a sheet per table named like it, the seed's rows, numeric 0.00 amounts, merged and frozen headers. */
class XlsxRendererTest {

    static final List<String> SHEETS = List.of("部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表",
            "部门预算一般公共预算财政拨款支出表", "部门预算一般公共预算财政拨款基本支出表", "部门预算政府性基金预算财政拨款支出表",
            "部门预算国有资本经营预算财政拨款支出表", "部门预算财政拨款“三公”经费支出表", "情况说明");

    static XSSFWorkbook open(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void sheetsHoldTheSeedsRowsWithNumericAmounts() throws Exception {
        byte[] xlsx = XlsxRenderer.render(SeedFixtures.document());
        SeedFixtures.keep("434-2022.xlsx", xlsx);
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals(SHEETS, java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            Map<Integer, List<SeedTables.SeedRow>> seed = SeedTables.read();
            int[] widths = {5, 13, 9, 8, 6, 6, 6, 6, 6};
            for (int t = 1; t <= 9; t++) {
                SeedTables.assertSameRows(t, seed.get(t), GeneratedTables.fromSheet(wb.getSheetAt(t - 1), 5, widths[t - 1]));
            }
            XSSFCell total = wb.getSheetAt(1).getRow(5).getCell(3);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals("0.00", total.getCellStyle().getDataFormatString());
            assertEquals(new java.math.BigDecimal("394.30"), new java.math.BigDecimal(total.getCTCell().getV()));
        }
    }

    @Test
    void headerRowsAreTheSeedsMergedAndFrozen() throws Exception {
        try (XSSFWorkbook wb = open(XlsxRenderer.render(SeedFixtures.document()))) {
            XSSFSheet revenue = wb.getSheetAt(1);
            assertEquals("部门预算收入总表", revenue.getRow(0).getCell(0).getStringCellValue());
            assertEquals("434 高邑县政府办", revenue.getRow(1).getCell(0).getStringCellValue());
            assertEquals("单位：万元", revenue.getRow(1).getCell(12).getStringCellValue());
            assertEquals("本年收入", revenue.getRow(2).getCell(4).getStringCellValue());
            assertEquals("栏次", revenue.getRow(4).getCell(0).getStringCellValue());
            List<CellRangeAddress> merged = revenue.getMergedRegions();
            assertTrue(merged.contains(new CellRangeAddress(2, 2, 4, 11)), "本年收入 over its 8 columns: " + merged);
            assertTrue(merged.contains(new CellRangeAddress(2, 3, 0, 0)), "序号 over both header rows");
            assertTrue(merged.contains(new CellRangeAddress(2, 2, 1, 2)), "功能分类科目 over 科目编码 and 科目名称");
            assertEquals(5, revenue.getPaneInformation().getHorizontalSplitTopRow());
            XSSFSheet fund = wb.getSheetAt(6);
            assertEquals("注：无政府性基金预算财政拨款预算，空表列示。", fund.getRow(6).getCell(0).getStringCellValue());
            XSSFSheet explanation = wb.getSheet("情况说明");
            StringBuilder text = new StringBuilder();
            explanation.forEach(r -> r.forEach(c -> text.append(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "").append('\n')));
            assertTrue(text.toString().contains("较2021年预算减少583.26万元，减少59.66%"));
            assertTrue(text.toString().contains("九、其他需要说明的事项"));
        }
    }
}
