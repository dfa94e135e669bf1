package org.openbudget.aggregation.document.render;

import org.openbudget.aggregation.document.model.Block;
import org.openbudget.aggregation.document.model.Block.Grid;
import org.openbudget.aggregation.document.model.Block.GridCell;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.disclosure.table.Column;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.table.Row;
import org.openbudget.aggregation.document.model.Section;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The disclosure as one XHTML page: title and 目录, the nine tables (semantic {@code <table>}s whose
 * {@code <thead>} holds the header lines, the two header rows and the 栏次 row), then 情况说明 一 … 九. The
 * same markup feeds the PDF renderer, which adds its own page rules ({@link Media#PDF}).
 */
public final class HtmlRenderer {

    /** Where the page will be shown: a browser (screen and print CSS) or openhtmltopdf (paged media). */
    public enum Media {
        BROWSER, PDF
    }

    private static final String CSS = resource("/document/disclosure.css");
    private static final String PDF_CSS = resource("/document/disclosure-pdf.css");

    private HtmlRenderer() {
    }

    public static String render(DisclosureDocument doc, Media media) {
        Markup m = new Markup();
        m.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n<head>\n")
                .raw("<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .element("title", null, doc.departmentName() + " " + doc.year() + " 年部门预算信息公开").raw("\n")
                .raw("<style>\n").raw(CSS).raw(media == Media.PDF ? PDF_CSS : "").raw("</style>\n</head>\n<body>\n");
        cover(m, doc);
        contents(m, doc);
        m.raw("<main>\n<section class=\"tables\" aria-label=\"部门预算公开表\">\n");
        for (DisclosureTable table : doc.tables()) {
            table(m, doc, table);
        }
        m.raw("</section>\n<section class=\"explanation\" id=\"explanation\">\n")
                .element("h2", "class=\"part-title\"", doc.explanationTitle()).raw("\n")
                .element("p", null, doc.introduction()).raw("\n");
        for (int i = 0; i < doc.sections().size(); i++) {
            section(m, doc.sections().get(i), i + 1);
        }
        m.raw("</section>\n</main>\n</body>\n</html>\n");
        return m.toString();
    }

    private static void cover(Markup m, DisclosureDocument doc) {
        m.raw("<header class=\"cover\">\n<h1 class=\"doc-title\">").text(doc.departmentName()).raw("<br/>")
                .text(doc.year() + " 年部门预算信息公开").raw("</h1>\n")
                .element("p", "class=\"doc-meta\"", "部门编码：" + doc.department() + "　　预算年度：" + doc.year()
                        + "　　数据版本：" + ("published".equals(doc.scope()) ? "已公开版本" : "当前版本（可能未公开）"))
                .raw("\n</header>\n");
    }

    private static void contents(Markup m, DisclosureDocument doc) {
        m.raw("<nav class=\"toc\" aria-label=\"目录\">\n")
                .element("h2", "class=\"toc-title\"", doc.year() + " 年部门预算信息公开目录").raw("\n")
                .element("h3", "class=\"toc-part\"", "部门预算公开表").raw("\n");
        for (DisclosureTable t : doc.tables()) {
            entry(m, "table-" + t.number(), t.title());
        }
        m.element("h3", "class=\"toc-part\"", "部门预算信息公开情况说明").raw("\n");
        for (int i = 0; i < doc.sections().size(); i++) {
            entry(m, "section-" + (i + 1), doc.sections().get(i).title());
        }
        m.raw("</nav>\n");
    }

    /** A 目录 line; the dots keep the seed's look in a browser, the PDF replaces them with leader and page number. */
    private static void entry(Markup m, String id, String title) {
        m.raw("<div class=\"toc-entry\"><a ").raw(Markup.attr("href", "#" + id)).raw(">").text(title)
                .raw("</a><span class=\"leader\" aria-hidden=\"true\">……</span></div>\n");
    }

    private static void table(Markup m, DisclosureDocument doc, DisclosureTable t) {
        int width = t.columns().size() + 1;
        String kind = width > 8 ? " very-wide" : width > 5 ? " wide" : "";
        m.raw("<section class=\"disclosure-table" + kind + "\" id=\"table-" + t.number() + "\">\n")
                .element("h3", "class=\"table-title\"", t.title()).raw("\n")
                .raw("<table class=\"disclosure\">\n<colgroup>");
        double[] weights = weights(t);
        double weightSum = 0; // column widths, not money
        for (double w : weights) {
            weightSum += w;
        }
        for (double w : weights) {
            m.raw("<col style=\"width:" + String.format(java.util.Locale.ROOT, "%.1f", 100 * w / weightSum) + "%\"/>");
        }
        // the seed's header lines (department, 预算年度, 单位) inside <thead>: repeated with the header on every page
        int dept = Math.max(1, (int) Math.ceil(width * 0.4));
        int unit = Math.max(1, (int) Math.ceil(width * 0.3));
        int year = Math.max(1, width - dept - unit);
        m.raw("</colgroup>\n<thead>\n<tr class=\"meta\">")
                .raw("<th class=\"meta-dept\" colspan=\"" + dept + "\" scope=\"colgroup\">").text(doc.tableHeaderLine()).raw("</th>")
                .raw("<th class=\"meta-year\" colspan=\"" + year + "\" scope=\"colgroup\">预算年度：" + doc.year() + "</th>")
                .raw("<th class=\"meta-unit\" colspan=\"" + Math.max(1, width - dept - year) + "\" scope=\"colgroup\">单位：万元</th></tr>\n");
        for (List<DisclosureTable.HeaderCell> row : t.headerRows()) {
            if (row.isEmpty()) {
                continue;
            }
            m.raw("<tr class=\"head\">");
            for (DisclosureTable.HeaderCell h : row) {
                m.raw("<th scope=\"col\"");
                if (h.rowSpan() > 1) {
                    m.raw(" rowspan=\"" + h.rowSpan() + "\"");
                }
                if (h.colSpan() > 1) {
                    m.raw(" colspan=\"" + h.colSpan() + "\" class=\"group\"");
                }
                m.raw(">").text(h.text()).raw("</th>");
            }
            m.raw("</tr>\n");
        }
        m.raw("<tr class=\"lanci\"><th scope=\"row\">栏次</th>");
        for (int i = 1; i < width; i++) {
            m.raw("<th>" + i + "</th>");
        }
        m.raw("</tr>\n</thead>\n<tbody>\n");
        for (Row row : t.rows()) {
            boolean total = row.cells().stream().anyMatch(c -> c != null && c.text() != null
                    && (c.text().equals("合计") || c.text().endsWith("合计") || c.text().endsWith("总计")));
            m.raw(total ? "<tr class=\"total\">" : "<tr>").raw("<td class=\"seq\">" + row.number() + "</td>");
            String code = null;
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                Column.Kind k = t.columns().get(i).kind();
                if (k == Column.Kind.CODE) {
                    code = c == null ? null : c.text();
                }
                String cls = switch (k) {
                    case CODE -> "code";
                    case AMOUNT -> "amount";
                    case NAME -> "name" + level(code);
                };
                m.raw("<td class=\"" + cls + "\">").text(c == null ? null : c.display()).raw("</td>");
            }
            m.raw("</tr>\n");
        }
        m.raw("</tbody>\n</table>\n");
        if (t.note() != null) {
            m.element("p", "class=\"note\"", t.note()).raw("\n");
        }
        m.raw("</section>\n");
    }

    /** 款 and 项 names are indented under their 类, as the classification reads. */
    private static String level(String code) {
        if (code == null) {
            return "";
        }
        return code.length() == 5 ? " level-2" : code.length() == 7 ? " level-3" : "";
    }

    private static double[] weights(DisclosureTable t) {
        double[] w = new double[t.columns().size() + 1];
        w[0] = 3.2;
        boolean twoSided = t.columns().stream().noneMatch(c -> c.kind() == Column.Kind.CODE);
        for (int i = 0; i < t.columns().size(); i++) {
            w[i + 1] = switch (t.columns().get(i).kind()) {
                case CODE -> 6;
                case NAME -> twoSided ? 17 : 19;
                case AMOUNT -> 7;
            };
        }
        return w;
    }

    private static void section(Markup m, Section s, int number) {
        m.raw("<section class=\"explain\" id=\"section-" + number + "\">\n").element("h3", "class=\"section-title\"", s.title()).raw("\n");
        for (Block b : s.blocks()) {
            if (b instanceof Block.Heading h) {
                m.element("h4", "class=\"sub level-" + h.level() + "\"", h.text()).raw("\n");
            } else if (b instanceof Block.Paragraph p) {
                m.raw("<p>");
                if (p.prefix() != null) {
                    m.text(p.prefix());
                }
                if (p.term() != null) {
                    m.element("strong", null, p.term());
                }
                m.text(p.text()).raw("</p>\n");
            } else if (b instanceof Grid g) {
                grid(m, g);
            }
        }
        m.raw("</section>\n");
    }

    private static void grid(Markup m, Grid g) {
        m.raw("<div class=\"grid-block\">\n");
        if (g.title() != null) {
            m.element("div", "class=\"grid-title\"", g.title()).raw("\n");
        }
        m.raw("<table class=\"grid cols-" + g.columns() + "\">\n<thead>\n");
        List<String> lines = g.captionLines();
        if (!lines.isEmpty()) {
            int left = lines.size() == 1 ? g.columns() : (g.columns() + 1) / 2;
            m.raw("<tr class=\"meta\"><th class=\"meta-dept\" colspan=\"" + left + "\" scope=\"colgroup\">").text(lines.get(0)).raw("</th>");
            if (lines.size() > 1) {
                m.raw("<th class=\"meta-unit\" colspan=\"" + (g.columns() - left) + "\" scope=\"colgroup\">")
                        .text(String.join("　", lines.subList(1, lines.size()))).raw("</th>");
            }
            m.raw("</tr>\n");
        }
        for (List<GridCell> row : g.header()) {
            m.raw("<tr class=\"head\">");
            row.forEach(c -> cell(m, "th", c));
            m.raw("</tr>\n");
        }
        m.raw("</thead>\n<tbody>\n");
        for (List<GridCell> row : g.body()) {
            m.raw("<tr>");
            row.forEach(c -> cell(m, c.label() ? "th" : "td", c));
            m.raw("</tr>\n");
        }
        m.raw("</tbody>\n</table>\n");
        for (String note : g.notes()) {
            m.element("p", "class=\"note\"", note).raw("\n");
        }
        m.raw("</div>\n");
    }

    private static void cell(Markup m, String tag, GridCell c) {
        m.raw("<" + tag);
        if ("th".equals(tag)) {
            m.raw(" scope=\"" + (c.colSpan() > 1 ? "colgroup" : "col") + "\"");
        }
        if (c.rowSpan() > 1) {
            m.raw(" rowspan=\"" + c.rowSpan() + "\"");
        }
        if (c.colSpan() > 1) {
            m.raw(" colspan=\"" + c.colSpan() + "\"");
        }
        if (c.cell() != null && c.cell().isAmount()) {
            m.raw(" class=\"amount\"");
        }
        m.raw(">").text(c.cell() == null ? null : c.cell().display()).raw("</" + tag + ">");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
