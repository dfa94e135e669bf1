package org.openbudget.aggregation.document;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.table.Cell;
import org.openbudget.aggregation.document.model.DisclosureDocument;
import org.openbudget.disclosure.table.DisclosureTable;
import org.openbudget.disclosure.table.Row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The nine tables computed from the seed's budget (in 元) print exactly the seed's rows, cell by cell. */
class TablesTest {

    @Test
    void everyRowOfTheNineTablesEqualsTheSeed() throws Exception {
        DisclosureDocument doc = SeedFixtures.document();
        Map<Integer, List<SeedTables.SeedRow>> seed = SeedTables.read();
        assertEquals(9, seed.size());
        for (DisclosureTable t : doc.tables()) {
            SeedTables.assertSameRows(t.number(), seed.get(t.number()), cells(t));
        }
    }

    @Test
    void theSeedHasTheRowsWeExpect() throws Exception {
        // guards the reader of the seed: counts typed from the document
        Map<Integer, List<SeedTables.SeedRow>> seed = SeedTables.read();
        assertEquals(List.of(33, 23, 23, 36, 23, 24, 0, 0, 9),
                seed.values().stream().map(List::size).toList());
        assertEquals(List.of("2080505", "机关事业单位基本养老保险缴费支出", "22.34", "22.34", "22.34", "", "", "", "", "", "", ""),
                seed.get(2).get(8).cells());
        assertEquals("2110301", seed.get(2).get(19).cells().get(0));
    }

    @Test
    void emptyTablesCarryTheirNoteAndTitlesAreTheCorrectOnes() {
        DisclosureDocument doc = SeedFixtures.document();
        DisclosureTable fund = doc.tables().get(6);
        assertEquals("部门预算政府性基金预算财政拨款支出表", fund.title());
        assertEquals("注：无政府性基金预算财政拨款预算，空表列示。", fund.note());
        assertEquals("注：无国有资本经营预算财政拨款预算，空表列示。", doc.tables().get(7).note());
        assertNull(doc.tables().get(4).note());
        assertEquals(List.of("部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表",
                "部门预算一般公共预算财政拨款支出表", "部门预算一般公共预算财政拨款基本支出表", "部门预算政府性基金预算财政拨款支出表",
                "部门预算国有资本经营预算财政拨款支出表", "部门预算财政拨款“三公”经费支出表"),
                doc.tables().stream().map(DisclosureTable::title).toList());
    }

    @Test
    void headerRowsSpanAsTheSeedPrintsThem() {
        DisclosureTable revenue = SeedFixtures.document().tables().get(1);
        List<List<DisclosureTable.HeaderCell>> header = revenue.headerRows();
        assertEquals(List.of("序号", "功能分类科目", "合计", "本年收入", "上年结转"),
                header.get(0).stream().map(DisclosureTable.HeaderCell::text).toList());
        assertEquals(8, header.get(0).get(3).colSpan());
        assertEquals(2, header.get(0).get(2).rowSpan());
        assertEquals(List.of("科目编码", "科目名称", "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入",
                "附属单位上缴收入", "其他收入"), header.get(1).stream().map(DisclosureTable.HeaderCell::text).toList());
    }

    static Map<Integer, List<String>> cells(DisclosureTable t) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            out.put(r.number(), r.cells().stream().map((Cell c) -> SeedTables.norm(c == null ? null : c.display())).toList());
        }
        return out;
    }
}
