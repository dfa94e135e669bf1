package org.openbudget.aggregation.check;

import org.openbudget.aggregation.consistency.Finding;

import java.util.List;

/** The check's answer for people: the findings first, then the codes, the parser's warnings and the nine tables. */
final class CheckHtml {

    private CheckHtml() {
    }

    static String render(CheckReport r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>预算公开文件核对 — ")
                .append(esc(r.source())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:0.5em 0 1.5em}")
                .append("td,th{border:1px solid #999;padding:2px 6px;font-size:90%}td.n{text-align:right}")
                .append(".error{color:#b00}.warning{color:#a60}.info{color:#555}</style></head><body>");
        h.append("<h1>预算公开文件核对（未入库）</h1><p>文件：").append(esc(r.source()))
                .append("；部门：").append(esc(r.departmentName())).append(r.department() == null ? "" : "（" + esc(r.department()) + "）")
                .append("；年度：").append(r.year()).append("；单位：").append(esc(r.unit()))
                .append("；科目目录：").append(r.catalogYear()).append("年").append(r.catalogYear() == r.year() ? "" : "（该年无目录，取最近年度）")
                .append("</p>");
        h.append("<h2>一致性检查</h2><p>错误 ").append(r.counts().get(Finding.ERROR)).append("，警告 ")
                .append(r.counts().get(Finding.WARNING)).append("，提示 ").append(r.counts().get(Finding.INFO)).append("</p><ul>");
        for (Finding f : r.findings()) {
            h.append("<li class=\"").append(esc(f.severity())).append("\">[").append(esc(f.rule())).append("] ")
                    .append(esc(f.message())).append("</li>");
        }
        h.append("</ul><h2>科目编码</h2>");
        if (r.catalog().isEmpty()) {
            h.append("<p>所有科目编码均在").append(r.catalogYear()).append("年目录中。</p>");
        } else {
            h.append("<ul>");
            for (CatalogFinding c : r.catalog()) {
                h.append("<li class=\"warning\">[").append(esc(c.scheme())).append(' ').append(esc(c.status())).append("] ")
                        .append(esc(c.message())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("<h2>解析提示</h2><ul>");
        for (CheckReport.ParseWarning w : r.warnings()) {
            h.append("<li>").append(w.line() > 0 ? "第" + w.line() + "行 " : "").append('[').append(esc(w.kind())).append("] ")
                    .append(esc(w.message())).append("</li>");
        }
        h.append("</ul><h2>未能核对</h2><ul>");
        for (String n : r.notChecked()) {
            h.append("<li>").append(esc(n)).append("</li>");
        }
        h.append("</ul>");
        for (CheckTable t : r.tables()) {
            table(h, t);
        }
        return h.append("</body></html>").toString();
    }

    private static void table(StringBuilder h, CheckTable t) {
        h.append("<h3>").append(t.number()).append(". ").append(esc(t.title())).append("</h3><p>单位：").append(esc(t.unit()))
                .append("</p><table><tr><th>序号</th>");
        for (String c : t.columns()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>");
        for (CheckTable.CheckRow row : t.rows()) {
            h.append("<tr><td>").append(row.number()).append("</td>");
            List<String> cells = row.cells();
            for (String cell : cells) {
                boolean number = cell != null && cell.matches("-?\\d+(\\.\\d+)?");
                h.append(number ? "<td class=\"n\">" : "<td>").append(cell == null ? "" : esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
        if (t.note() != null) {
            h.append("<p>").append(esc(t.note())).append("</p>");
        }
    }

    /** Everything printed comes from the uploaded file: escaped, never markup. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
