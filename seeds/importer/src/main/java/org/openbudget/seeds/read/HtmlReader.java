package org.openbudget.seeds.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page (the platform's own HTML disclosure, a bureau's saved page) as layout text: each block of text on its
 * own line, in document order, and each {@code <table>} laid out on a character grid ({@link LayoutGrid}) with
 * its row and column spans, so its lines read like the same table in a PDF.
 */
final class HtmlReader {

    /** An amount as printed: digits with a decimal point or thousands separators, maybe a sign or a percent. */
    static final Pattern AMOUNT = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+)%?");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "section", "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "caption", "figcaption",
            "address", "ul", "ol", "dl", "body", "form", "fieldset", "center");

    private HtmlReader() {
    }

    static String read(String name, byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "an HTML page that cannot be read (" + e.getMessage() + ")", e);
        }
        doc.select("script, style, noscript, template, head, [hidden]").remove();
        // the elements that hold a table somewhere below: walked into, not read as one line of text
        Set<Element> holders = new HashSet<>();
        for (Element table : doc.getElementsByTag("table")) {
            holders.addAll(table.parents());
        }
        List<String> lines = new ArrayList<>();
        block(doc.body(), lines, holders);
        return String.join("\n", lines) + "\n";
    }

    /** The lines of a block element: its tables laid out, its other children's text one line per block. */
    private static void block(Element e, List<String> lines, Set<Element> holders) {
        StringBuilder inline = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element c) {
                if (c.tagName().equals("table")) {
                    flush(inline, lines);
                    table(c, lines, holders);
                } else if (c.tagName().equals("br")) {
                    flush(inline, lines);
                } else if (BLOCKS.contains(c.tagName()) || holders.contains(c)) {
                    flush(inline, lines);
                    block(c, lines, holders);
                } else {
                    inline.append(c.text());
                }
            }
        }
        flush(inline, lines);
    }

    private static void flush(StringBuilder inline, List<String> lines) {
        String text = inline.toString().replace('\u00A0', ' ').strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        inline.setLength(0);
    }

    private static void table(Element table, List<String> lines, Set<Element> holders) {
        for (Element caption : table.children()) {
            if (caption.tagName().equals("caption")) {
                lines.add(caption.text().strip());
            }
        }
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.tagName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream().filter(r -> r.tagName().equals("tr")).forEach(rows::add);
                default -> {
                }
            }
        }
        LayoutGrid grid = new LayoutGrid();
        Set<Long> taken = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                    continue;
                }
                while (taken.contains(key(r, col))) {
                    col++;
                }
                int rowSpan = span(cell.attr("rowspan"));
                int colSpan = span(cell.attr("colspan"));
                for (int dr = 0; dr < rowSpan; dr++) {
                    for (int dc = 0; dc < colSpan; dc++) {
                        taken.add(key(r + dr, col + dc));
                    }
                }
                String text = LayoutGrid.oneLine(cellText(cell, holders));
                grid.add(r, col, colSpan, text, align(cell, text));
                col += colSpan;
            }
        }
        lines.addAll(grid.lines());
    }

    /** A cell's text with its own line breaks ({@code <br>}, paragraphs) kept, for {@link LayoutGrid#oneLine}. */
    private static String cellText(Element cell, Set<Element> holders) {
        if (cell.children().isEmpty()) {
            return cell.text();
        }
        List<String> parts = new ArrayList<>();
        block(cell, parts, holders);
        return String.join("\n", parts);
    }

    private static LayoutGrid.Align align(Element cell, String text) {
        String declared = (cell.attr("align") + " " + cell.attr("style")).toLowerCase(java.util.Locale.ROOT);
        if (declared.contains("right")) {
            return LayoutGrid.Align.RIGHT;
        }
        if (declared.contains("center")) {
            return LayoutGrid.Align.CENTER;
        }
        if (AMOUNT.matcher(text).matches()) {
            return LayoutGrid.Align.RIGHT;
        }
        return cell.tagName().equals("th") ? LayoutGrid.Align.CENTER : LayoutGrid.Align.LEFT;
    }

    private static int span(String attr) {
        if (attr.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }
}
