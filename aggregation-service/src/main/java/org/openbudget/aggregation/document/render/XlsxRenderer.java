package org.openbudget.aggregation.document.render;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Grid;
import org.openbudget.aggregation.document.model.Block.GridCell;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.disclosure.table.Column;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.table.Row;
import org.openbudget.aggregation.document.model.Section;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The disclosure as a workbook (Apache POI): one sheet per table, named like the table, with the seed's
 * header rows (title, department / 预算年度 / 单位, the two merged header rows, the 栏次 row), amounts as
 * numeric cells formatted 0.00, header rows frozen and repeated on printed pages; then a sheet
 * 情况说明 with sections 一 … 九.
 */
public final class XlsxRenderer {

    /** Rows above the data: title, header line, two header rows, 栏次. */
    static final int HEADER_ROWS = 5;
    static final String EXPLANATION_SHEET = "情况说明";

    private XlsxRenderer() {
    }

    public static byte[] render(DisclosureDocument doc) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (DisclosureTable table : doc.tables()) {
                table(wb, styles, doc, table);
            }
            explanation(wb, styles, doc);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XSSFWorkbook wb, Styles st, DisclosureDocument doc, DisclosureTable t) {
        XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.title()));
        int width = t.columns().size() + 1;
        XSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(28);
        set(title, 0, t.title(), st.title);
        merge(sheet, 0, 0, 0, width - 1);

        XSSFRow meta = sheet.createRow(1);
        set(meta, 0, doc.tableHeaderLine(), st.plain);
        merge(sheet, 1, 1, 0, Math.max(0, width / 3 - 1));
        int middle = Math.max(width / 3, 1);
        set(meta, middle, "预算年度：" + doc.year(), st.centered);
        set(meta, width - 1, "单位：万元", st.right);

        List<List<DisclosureTable.HeaderCell>> header = t.headerRows();
        XSSFRow top = sheet.createRow(2);
        XSSFRow bottom = sheet.createRow(3);
        for (int c = 0; c < width; c++) {
            top.createCell(c).setCellStyle(st.header);
            bottom.createCell(c).setCellStyle(st.header);
        }
        for (int r = 0; r < 2; r++) {
            XSSFRow row = r == 0 ? top : bottom;
            for (DisclosureTable.HeaderCell h : header.get(r)) {
                row.getCell(h.column()).setCellValue(h.text());
                if (h.rowSpan() > 1 || h.colSpan() > 1) {
                    merge(sheet, 2 + r, 2 + r + h.rowSpan() - 1, h.column(), h.column() + h.colSpan() - 1);
                }
            }
        }
        XSSFRow lanci = sheet.createRow(4);
        set(lanci, 0, "栏次", st.header);
        for (int c = 1; c < width; c++) {
            XSSFCell cell = lanci.createCell(c);
            cell.setCellValue(c);
            cell.setCellStyle(st.header);
        }

        int r = HEADER_ROWS;
        for (Row row : t.rows()) {
            XSSFRow x = sheet.createRow(r++);
            XSSFCell seq = x.createCell(0);
            seq.setCellValue(row.number());
            seq.setCellStyle(st.seq);
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                XSSFCell cell = x.createCell(i + 1);
                if (t.columns().get(i).kind() == Column.Kind.AMOUNT) {
                    cell.setCellStyle(st.amount);
                    if (c != null && c.isAmount()) {
                        numeric(cell, c.amount());
                    }
                } else {
                    cell.setCellStyle(st.text);
                    if (c != null) {
                        cell.setCellValue(c.display());
                    }
                }
            }
        }
        if (t.note() != null) {
            XSSFRow note = sheet.createRow(r + 1);
            set(note, 0, t.note(), st.plain);
            merge(sheet, r + 1, r + 1, 0, width - 1);
        }
        sheet.createFreezePane(0, HEADER_ROWS);
        sheet.setRepeatingRows(new CellRangeAddress(1, HEADER_ROWS - 1, 0, width - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setColumnWidth(0, 6 * 256);
        for (int i = 0; i < t.columns().size(); i++) {
            sheet.setColumnWidth(i + 1, switch (t.columns().get(i).kind()) {
                case CODE -> 11 * 256;
                case NAME -> 34 * 256;
                case AMOUNT -> 14 * 256;
            });
        }
    }

    /** Sections 一 … 九: headings and paragraphs in column A (wrapped across A:H), small tables as cells. */
    private static void explanation(XSSFWorkbook wb, Styles st, DisclosureDocument doc) {
        XSSFSheet sheet = wb.createSheet(EXPLANATION_SHEET);
        int span = 8;
        for (int c = 0; c < span; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        int[] r = {0};
        paragraph(sheet, st.title, r, doc.explanationTitle(), span);
        paragraph(sheet, st.wrapped, r, doc.introduction(), span);
        for (Section s : doc.sections()) {
            paragraph(sheet, st.heading, r, s.title(), span);
            for (Block b : s.blocks()) {
                if (b instanceof Block.Heading h) {
                    paragraph(sheet, st.heading, r, h.text(), span);
                } else if (b instanceof Block.Paragraph p) {
                    paragraph(sheet, st.wrapped, r, p.plain(), span);
                } else if (b instanceof Grid g) {
                    grid(sheet, st, r, g);
                }
            }
        }
    }

    private static void paragraph(XSSFSheet sheet, CellStyle style, int[] r, String text, int span) {
        XSSFRow row = sheet.createRow(r[0]);
        set(row, 0, text, style);
        merge(sheet, r[0], r[0], 0, span - 1);
        // merged wrapped cells do not grow by themselves: about 50 CJK characters fit across A:H
        int lines = Math.max(1, (int) Math.ceil(text.length() / 50.0));
        row.setHeightInPoints(Math.max(18, lines * 16));
        r[0]++;
    }

    private static void grid(XSSFSheet sheet, Styles st, int[] r, Grid g) {
        if (g.title() != null) {
            paragraph(sheet, st.heading, r, g.title(), Math.max(g.columns(), 8));
        }
        for (String caption : g.captionLines()) {
            set(sheet.createRow(r[0]++), 0, caption, st.plain);
        }
        boolean[][] taken = new boolean[g.header().size() + g.body().size() + 1][g.columns() + 1];
        int first = r[0];
        List<List<GridCell>> rows = new java.util.ArrayList<>(g.header());
        rows.addAll(g.body());
        for (int i = 0; i < rows.size(); i++) {
            XSSFRow row = sheet.createRow(r[0] + i);
            int col = 0;
            for (GridCell c : rows.get(i)) {
                while (col < g.columns() && taken[i][col]) {
                    col++;
                }
                XSSFCell cell = row.createCell(col);
                boolean header = i < g.header().size() || c.label();
                if (c.cell() != null && c.cell().isAmount()) {
                    numeric(cell, c.cell().amount());
                    cell.setCellStyle(st.amount);
                } else {
                    cell.setCellValue(c.cell() == null ? "" : c.cell().display());
                    cell.setCellStyle(header ? st.header : st.text);
                }
                for (int dr = 0; dr < c.rowSpan(); dr++) {
                    for (int dc = 0; dc < c.colSpan(); dc++) {
                        if (i + dr < taken.length && col + dc <= g.columns()) {
                            taken[i + dr][col + dc] = true;
                        }
                    }
                }
                if (c.rowSpan() > 1 || c.colSpan() > 1) {
                    merge(sheet, r[0] + i, r[0] + i + c.rowSpan() - 1, col, col + c.colSpan() - 1);
                }
                col += c.colSpan();
            }
        }
        r[0] = first + rows.size();
        for (String note : g.notes()) {
            paragraph(sheet, st.wrapped, r, note, Math.max(g.columns(), 8));
        }
        r[0]++;
    }

    /**
     * A numeric cell holding the decimal exactly as printed ("394.30"): the value is written as text into
     * the sheet XML instead of passing through a binary floating-point number.
     */
    private static void numeric(XSSFCell cell, java.math.BigDecimal wan) {
        cell.setCellValue(0);
        cell.getCTCell().setV(wan.toPlainString());
    }

    private static void set(XSSFRow row, int col, String text, CellStyle style) {
        XSSFCell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void merge(XSSFSheet sheet, int r1, int r2, int c1, int c2) {
        if (r2 > r1 || c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** The few cell styles of the workbook (a workbook allows a limited number: create each once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle plain;
        final CellStyle centered;
        final CellStyle right;
        final CellStyle header;
        final CellStyle seq;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle wrapped;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setFontName("SimHei");
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);
            Font bold = wb.createFont();
            bold.setFontName("SimHei");
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 11);
            Font body = wb.createFont();
            body.setFontName("SimSun");
            body.setFontHeightInPoints((short) 10);

            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = wb.createCellStyle();
            plain.setFont(body);
            centered = wb.createCellStyle();
            centered.setFont(body);
            centered.setAlignment(HorizontalAlignment.CENTER);
            right = wb.createCellStyle();
            right.setFont(body);
            right.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(wb, body);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            seq = bordered(wb, body);
            seq.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(wb, body);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            amount = bordered(wb, body);
            amount.setAlignment(HorizontalAlignment.RIGHT);
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            wrapped = wb.createCellStyle();
            wrapped.setFont(body);
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
