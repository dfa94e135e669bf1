package org.openbudget.seeds.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A workbook (a filled-in disclosure template, the platform's own XLSX) as layout text: each visible sheet a page
 * ({@code \f} between sheets), each row a line, each cell's text as Excel displays it (its number format applied)
 * placed on a character grid with its merged region's span ({@link LayoutGrid}). One table per sheet or several
 * tables one under the other read the same way. A formula is refused: the importer takes printed figures, and
 * a cached result may be stale or missing.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static String read(String name, byte[] bytes, ReadLimits limits) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<String> pages = new ArrayList<>();
            int[] cells = {0};
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                    continue;
                }
                List<String> lines = sheet(name, wb.getSheetAt(s), format, limits, cells);
                if (lines.stream().anyMatch(l -> !l.isBlank())) {
                    pages.add(String.join("\n", lines));
                }
            }
            if (pages.isEmpty()) {
                throw new UnreadableDocumentException(name, "an .xlsx workbook whose sheets are all empty");
            }
            return String.join("\n\f", pages) + "\n";
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, damaged(e), e);
        }
    }

    private static String damaged(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("exceed") && m.contains("max")) {
            return "an .xlsx workbook that expands to far more than its size (a zip bomb?); refused before reading it";
        }
        return "a damaged or incomplete .xlsx workbook (" + e.getClass().getSimpleName() + ": " + m
                + "); open it in Excel or WPS, save it again and hand that over";
    }

    private static List<String> sheet(String name, XSSFSheet sheet, DataFormatter format, ReadLimits limits, int[] cells) {
        Map<Long, CellRangeAddress> mergedAt = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            mergedAt.put(key(m.getFirstRow(), m.getFirstColumn()), m);
            if ((long) (m.getLastRow() - m.getFirstRow() + 1) * (m.getLastColumn() - m.getFirstColumn() + 1) > limits.maxCells()) {
                throw new UnreadableDocumentException(name, "sheet \"" + sheet.getSheetName() + "\" merges more cells than a "
                        + "budget table has (" + m.formatAsString() + ")");
            }
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    if (r != m.getFirstRow() || c != m.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        // hidden columns are not printed: the grid's columns are the visible ones
        int lastColumn = 0;
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null) {
                lastColumn = Math.max(lastColumn, row.getLastCellNum());
            }
        }
        int[] gridColumn = new int[lastColumn + 1];
        int visible = 0;
        for (int c = 0; c <= lastColumn; c++) {
            gridColumn[c] = visible;
            if (!sheet.isColumnHidden(c)) {
                visible++;
            }
        }
        LayoutGrid grid = new LayoutGrid();
        int line = 0;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getZeroHeight()) {
                continue;
            }
            if (row != null) {
                for (Cell cell : row) {
                    int c = cell.getColumnIndex();
                    if (covered.contains(key(r, c)) || sheet.isColumnHidden(c)) {
                        continue;
                    }
                    if (cell.getCellType() == CellType.FORMULA) {
                        throw formula(name, sheet, cell);
                    }
                    String text = LayoutGrid.oneLine(format.formatCellValue(cell));
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (++cells[0] > limits.maxCells()) {
                        throw new UnreadableDocumentException(name, "an .xlsx workbook with more than " + limits.maxCells()
                                + " filled cells, far more than a budget disclosure has; refused");
                    }
                    CellRangeAddress merged = mergedAt.get(key(r, c));
                    int last = merged == null ? c : Math.min(merged.getLastColumn(), lastColumn);
                    int span = Math.max(1, gridColumn[last] - gridColumn[c] + (sheet.isColumnHidden(last) ? 0 : 1));
                    grid.add(line, gridColumn[c], span, text, align(cell, text));
                }
            }
            grid.add(line, 0, 1, "", LayoutGrid.Align.LEFT);
            line++;
        }
        List<String> lines = grid.lines();
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    private static UnreadableDocumentException formula(String name, XSSFSheet sheet, Cell cell) {
        return new UnreadableDocumentException(name, "sheet \"" + sheet.getSheetName() + "\" cell "
                + new CellReference(cell).formatAsString(false) + " holds a formula (=" + cell.getCellFormula()
                + "); the importer takes the figures as published, not computed ones. Save a copy with values only "
                + "(copy the sheet, Paste Special → Values) and hand that over; nothing was loaded");
    }

    private static LayoutGrid.Align align(Cell cell, String text) {
        HorizontalAlignment a = cell.getCellStyle() == null ? HorizontalAlignment.GENERAL : cell.getCellStyle().getAlignment();
        return switch (a) {
            case RIGHT -> LayoutGrid.Align.RIGHT;
            case CENTER, CENTER_SELECTION, DISTRIBUTED, JUSTIFY -> LayoutGrid.Align.CENTER;
            case LEFT, FILL -> LayoutGrid.Align.LEFT;
            case GENERAL -> cell.getCellType() == CellType.NUMERIC || HtmlReader.AMOUNT.matcher(text).matches()
                    ? LayoutGrid.Align.RIGHT : LayoutGrid.Align.LEFT;
        };
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }
}
