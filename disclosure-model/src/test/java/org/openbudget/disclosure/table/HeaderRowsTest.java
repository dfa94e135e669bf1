package org.openbudget.disclosure.table;

import org.junit.jupiter.api.Test;
import org.openbudget.disclosure.SeedBudget;
import org.openbudget.disclosure.money.AmountUnit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The two header rows as the seed prints them: a group spans its columns, an ungrouped label spans both rows. */
class HeaderRowsTest {

    @Test
    void table2GroupsItsCodeColumnsAndTheSevenSources() {
        DisclosureTable t2 = DisclosureTables.byNumber(2).orElseThrow().build(TableInput.of(SeedBudget.content()), AmountUnit.WAN_YUAN);
        List<List<DisclosureTable.HeaderCell>> rows = t2.headerRows();
        assertEquals(List.of(new DisclosureTable.HeaderCell("序号", 0, 2, 1), new DisclosureTable.HeaderCell("功能分类科目", 1, 1, 2),
                new DisclosureTable.HeaderCell("合计", 3, 2, 1), new DisclosureTable.HeaderCell("本年收入", 4, 1, 8),
                new DisclosureTable.HeaderCell("上年结转", 12, 2, 1)), rows.get(0));
        assertEquals("科目编码", rows.get(1).get(0).text());
        assertEquals(new DisclosureTable.HeaderCell("其他收入", 11, 1, 1), rows.get(1).get(9));
        assertEquals(10, rows.get(1).size());
    }
}
