package org.openbudget.aggregation.document;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the numbered rows back out of a generated HTML page or XLSX sheet, for comparison with the seed. */
final class GeneratedTables {

    private GeneratedTables() {
    }

    /** Rows of {@code <section id="table-N">}'s {@code <tbody>}: 序号 → normalized cells after it. */
    static Map<Integer, List<String>> fromHtml(Document html, int table) {
        Element section = byId(html, "table-" + table);
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        NodeList bodies = section.getElementsByTagName("tbody");
        NodeList trs = ((Element) bodies.item(0)).getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList tds = ((Element) trs.item(i)).getElementsByTagName("td");
            List<String> cells = new ArrayList<>();
            for (int j = 1; j < tds.getLength(); j++) {
                cells.add(SeedTables.norm(tds.item(j).getTextContent()));
            }
            rows.put(Integer.parseInt(tds.item(0).getTextContent().trim()), cells);
        }
        return rows;
    }

    static Element byId(Document html, String id) {
        NodeList all = html.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    /** Data rows of a table sheet (below its header rows), as Excel would display them. */
    static Map<Integer, List<String>> fromSheet(XSSFSheet sheet, int headerRows, int width) {
        DataFormatter format = new DataFormatter();
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        for (int r = headerRows; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 1; c < width; c++) {
                cells.add(SeedTables.norm(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c))));
            }
            rows.put(Integer.parseInt(format.formatCellValue(row.getCell(0))), cells);
        }
        return rows;
    }
}
