package org.openbudget.seeds.read;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.SharedFiles;
import org.openbudget.seeds.parse.SourceText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbook comes out as layout text: cells as Excel displays them, merged regions spanning their columns,
 * hidden sheets left out, a sheet a page; formulas, damaged and bomb-like workbooks are refused in words.
 */
class XlsxReaderTest {

    @Test
    void cellsAreLaidOutAsDisplayedWithTheirMergedSpans() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("表1");
            XSSFCellStyle centred = wb.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            XSSFCellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            cell(s.createRow(0), 0, "部门收入预算总表", centred);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            XSSFRow h = s.createRow(1);
            cell(h, 0, "科目编码", null);
            cell(h, 1, "科目名称", null);
            cell(h, 2, "合计", centred);
            XSSFRow r = s.createRow(2);
            cell(r, 0, "2010301", null);
            cell(r, 1, "行政运行", null);
            r.createCell(2).setCellValue(1234567.5);
            r.getCell(2).setCellStyle(amount);
            wb.setSheetHidden(wb.getSheetIndex(wb.createSheet("隐藏")), true);
            wb.getSheet("隐藏").createRow(0).createCell(0).setCellValue("不印");
            wb.createSheet("表2").createRow(0).createCell(0).setCellValue("部门支出预算总表");
        });
        SourceText text = DocumentReader.read("f.xlsx", xlsx);
        // widths 8, 8 and 12 (1,234,567.50) at page columns 0, 11, 22; the title (16 wide) centred over 34 columns at 9;
        // 合计 centred in its 12 at 26; a text cell left, a number right (Excel's General alignment)
        assertEquals(List.of(
                "         部门收入预算总表",
                "科目编码" + " ".repeat(7) + "科目名称" + " ".repeat(11) + "合计",
                "2010301" + " ".repeat(4) + "行政运行" + " ".repeat(7) + "1,234,567.50",
                "部门支出预算总表",
                ""), lines(text));
    }

    /** Two tables one under the other on one sheet share the sheet's columns, each row still a line of its own. */
    @Test
    void severalTablesOnOneSheetKeepTheirRowsAndColumns() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("表");
            String[][] rows = {{"部门收入预算总表"}, {"项目", "预算数"}, {"事业收入", "2,620,000"}, {}, {"部门支出预算总表"},
                    {"项目", "基本支出", "项目支出"}, {"合计", "7,380,214", "2,620,000"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        });
        List<String> lines = lines(DocumentReader.read("two.xlsx", xlsx));
        // column 0 is 16 wide (部门收入预算总表), column 1 9 (7,380,214): columns start at 0, 19 and 31
        assertEquals(List.of(
                "部门收入预算总表",
                "项目" + " ".repeat(17) + "预算数",
                "事业收入" + " ".repeat(15) + "2,620,000",
                "",
                "部门支出预算总表",
                "项目" + " ".repeat(17) + "基本支出" + " ".repeat(8) + "项目支出",
                "合计" + " ".repeat(17) + "7,380,214" + " ".repeat(3) + "2,620,000",
                ""), lines);
    }

    @Test
    void aFormulaIsRefusedNamingItsCell() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("收入预算总表");
            XSSFRow r = s.createRow(3);
            r.createCell(1).setCellValue(1);
            r.createCell(2).setCellFormula("SUM(B4:B4)");
        });
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read("f.xlsx", xlsx));
        assertEquals("f.xlsx: sheet \"收入预算总表\" cell C4 holds a formula (=SUM(B4:B4)); the importer takes the figures as "
                + "published, not computed ones. Save a copy with values only (copy the sheet, Paste Special → Values) and hand "
                + "that over; nothing was loaded", e.getMessage());
    }

    @Test
    void aTruncatedWorkbookIsRefusedAsDamaged() throws Exception {
        byte[] xlsx = workbook(wb -> wb.createSheet("表").createRow(0).createCell(0).setCellValue("部门预算"));
        byte[] cut = Arrays.copyOf(xlsx, xlsx.length / 2);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read("cut.xlsx", cut));
        assertTrue(e.getMessage().startsWith("cut.xlsx: a damaged or incomplete"), e.getMessage());
    }

    @Test
    void aWorkbookThatExpandsFarBeyondItsSizeIsRefused() throws Exception {
        byte[] xlsx = workbook(wb -> wb.createSheet("表").createRow(0).createCell(0).setCellValue("部门预算"));
        // the sheet padded with 40 MB of blanks: about 40 KB compressed, a ratio no real workbook has
        byte[] bomb = rewrite(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>",
                "<sheetData>" + " ".repeat(40 * 1024 * 1024)));
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentReader.read("bomb.xlsx", bomb));
        assertEquals("bomb.xlsx: an .xlsx workbook that expands to far more than its size (a zip bomb?); refused before "
                + "reading it", e.getMessage());
    }

    @Test
    void tooManyCellsAreRefused() throws Exception {
        byte[] xlsx = workbook(wb -> {
            XSSFSheet s = wb.createSheet("表");
            for (int r = 0; r < 30; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
            }
        });
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentReader.read("many.xlsx", xlsx, new ReadLimits(ReadLimits.DEFAULT_MAX_BYTES, 20)));
        assertTrue(e.getMessage().contains("more than 20 filled cells"), e.getMessage());
    }

    /** The Shanghai templates (both levels) read: titles, 编制部门/编制单位 with the unit on one line, headings. */
    @Test
    void theShanghaiTemplatesReadAsLayoutText() throws Exception {
        Path department = SharedFiles.require("samples/shanghai_department_budget_template.xlsx");
        Path unit = SharedFiles.require("samples/shanghai_unit_budget_template.xlsx");
        String d = String.join("\n", lines(DocumentReader.read(department)));
        String u = String.join("\n", lines(DocumentReader.read(unit)));
        for (String s : List.of("部门财务收支预算总表", "部门收入预算总表", "部门支出预算总表", "人员经费", "公用经费")) {
            assertTrue(d.contains(s), s);
        }
        assertTrue(d.lines().anyMatch(l -> l.strip().matches("编制部门：.*\\s{3,}单位：元")), "编制部门 … 单位：元 on one line");
        assertTrue(u.lines().anyMatch(l -> l.strip().matches("编制单位：.*\\s{3,}单位：元")), "编制单位 … 单位：元 on one line");
        assertTrue(u.contains("预算单位财务收支预算总表"));
        assertFalse(d.contains("\t"));
    }

    static List<String> lines(SourceText text) {
        return IntStream.rangeClosed(1, text.size()).mapToObj(text::line).toList();
    }

    private static void cell(XSSFRow row, int col, String text, XSSFCellStyle style) {
        row.createCell(col).setCellValue(text);
        if (style != null) {
            row.getCell(col).setCellStyle(style);
        }
    }

    interface Fill {
        void into(XSSFWorkbook wb) throws Exception;
    }

    static byte[] workbook(Fill fill) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.into(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Path save(Path dir, String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
