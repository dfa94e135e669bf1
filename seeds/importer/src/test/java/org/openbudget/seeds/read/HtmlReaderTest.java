package org.openbudget.seeds.read;

import org.junit.jupiter.api.Test;
import org.openbudget.seeds.parse.SourceText;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An HTML table comes out as pdftotext prints a table: columns at fixed page columns (a CJK character two
 * columns wide, one character in the text), headings centred over their span, amounts right-aligned, names
 * left-aligned. Expected lines worked out by hand: column widths 4, 12 and 6 with 3 spaces between them.
 */
class HtmlReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>不读</title><style>td{color:red}</style></head><body>
            <h3>部门预算收支总表</h3>
            <table>
            <thead><tr><th rowspan="2">序号</th><th colspan="2">收入</th></tr><tr><th>项目</th><th>预算数</th></tr></thead>
            <tbody><tr><td>1</td><td>一、事业收入</td><td>394.30</td></tr>
            <tr><td>2</td><td>二、其他<br/>收入</td><td></td></tr></tbody>
            </table>
            <p class="note">注：无政府性基金预算。</p><script>ignored()</script>
            </body></html>
            """;

    @Test
    void aTableIsLaidOutOnTheCharacterGridOfItsColumns() {
        SourceText text = DocumentReader.read("t.html", PAGE.getBytes(StandardCharsets.UTF_8));
        List<String> lines = IntStream.rangeClosed(1, text.size()).mapToObj(text::line).toList();
        assertEquals(List.of(
                "部门预算收支总表",
                "序号             收入",
                "           项目         预算数",
                "1      一、事业收入         394.30",
                "2      二、其他收入",
                "注：无政府性基金预算。",
                ""), lines);
    }

    @Test
    void wordsStartAtTheirPageColumnWhateverTheCjkBefore() {
        SourceText text = DocumentReader.read("t.html", PAGE.getBytes(StandardCharsets.UTF_8));
        // "一、事业收入" starts at page column 7 and is 12 columns wide; the amount ends where the 预算数 column ends (28)
        String row = text.line(4);
        assertEquals(22, row.indexOf("394.30"));
        assertEquals(7, row.indexOf("一、事业收入"));
    }

    @Test
    void aPageWithoutTablesIsItsBlocksLineByLine() {
        String page = "<html><body><div>一、部门职责<p>负责 <b>全县</b> 政务。</p></div>二、机构</body></html>";
        SourceText text = DocumentReader.read("p.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("一、部门职责", text.line(1));
        assertEquals("负责 全县 政务。", text.line(2));
        assertEquals("二、机构", text.line(3));
    }
}
