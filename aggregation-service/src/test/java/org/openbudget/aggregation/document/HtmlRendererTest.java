package org.openbudget.aggregation.document;

import org.junit.jupiter.api.Test;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.aggregation.document.render.HtmlRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML page: well-formed XHTML, semantic tables whose rows are the seed's, print CSS, the sections. */
class HtmlRendererTest {

    private final DisclosureDocument doc = SeedFixtures.document();
    private final String html = HtmlRenderer.render(doc, HtmlRenderer.Media.BROWSER);

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyTableOfTheSeedIsPrintedRowByRow() throws Exception {
        Document page = parse(html);
        Map<Integer, List<SeedTables.SeedRow>> seed = SeedTables.read();
        for (int t = 1; t <= 9; t++) {
            SeedTables.assertSameRows(t, seed.get(t), GeneratedTables.fromHtml(page, t));
        }
        SeedFixtures.keep("434-2022.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tablesAreSemanticWithTheSeedsHeaderLinesAndLanciRow() throws Exception {
        Element t2 = GeneratedTables.byId(parse(html), "table-2");
        assertEquals("部门预算收入总表", t2.getElementsByTagName("h3").item(0).getTextContent());
        Element thead = (Element) t2.getElementsByTagName("thead").item(0);
        String head = thead.getTextContent();
        assertTrue(head.contains("434 高邑县政府办") && head.contains("预算年度：2022") && head.contains("单位：万元"), head);
        Element lanci = (Element) thead.getElementsByTagName("tr").item(3);
        assertEquals("栏次123456789101112", lanci.getTextContent());
        Element group = (Element) ((Element) thead.getElementsByTagName("tr").item(1)).getElementsByTagName("th").item(3);
        assertEquals("本年收入", group.getTextContent());
        assertEquals("8", group.getAttribute("colspan"));
        Element t7 = GeneratedTables.byId(parse(html), "table-7");
        assertTrue(t7.getTextContent().contains("注：无政府性基金预算财政拨款预算，空表列示。"));
    }

    @Test
    void pageHasTitleContentsPrintRulesAndTheNineSections() {
        assertTrue(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\""));
        assertTrue(html.contains("2022 年部门预算信息公开目录"));
        assertTrue(html.contains("<a href=\"#table-9\">部门预算财政拨款“三公”经费支出表</a>"));
        assertTrue(html.contains("@page") && html.contains("@media print") && html.contains("display: table-header-group"));
        assertTrue(html.contains("高邑县政府办 2022 年部门预算信息公开情况说明"));
        for (int i = 1; i <= 9; i++) {
            assertTrue(html.contains("id=\"section-" + i + "\""), "section " + i);
        }
        assertTrue(html.contains("<strong>一般公共预算拨款收入</strong>：指县级财政当年拨付的资金。"));
        assertTrue(html.contains("较2021年预算减少583.26万元，减少59.66%"));
    }

    @Test
    void textIsEscaped() throws Exception {
        DisclosureDocument odd = new DisclosureDocument("X1", "县<财政>局 & \"测试\"", 2022, "current", doc.tables(),
                doc.introduction(), doc.sections());
        String page = HtmlRenderer.render(odd, HtmlRenderer.Media.BROWSER);
        assertTrue(page.contains("县&lt;财政&gt;局 &amp; &quot;测试&quot;"));
        parse(page);
    }
}
